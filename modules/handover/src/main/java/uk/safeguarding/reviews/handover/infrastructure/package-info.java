/** Handover: infrastructure layer. */
package uk.safeguarding.reviews.handover.infrastructure;
