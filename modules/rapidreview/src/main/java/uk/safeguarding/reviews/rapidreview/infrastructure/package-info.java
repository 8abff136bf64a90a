/** Rapid Review: infrastructure layer. */
package uk.safeguarding.reviews.rapidreview.infrastructure;
