/** Handover: application layer. */
package uk.safeguarding.reviews.handover.application;
