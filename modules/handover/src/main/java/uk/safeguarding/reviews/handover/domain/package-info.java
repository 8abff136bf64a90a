/** Handover: domain layer. */
package uk.safeguarding.reviews.handover.domain;
