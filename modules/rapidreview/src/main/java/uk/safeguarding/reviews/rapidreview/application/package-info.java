/** Rapid Review: application layer. */
package uk.safeguarding.reviews.rapidreview.application;
