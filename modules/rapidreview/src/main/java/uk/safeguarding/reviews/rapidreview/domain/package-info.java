/** Rapid Review: domain layer. */
package uk.safeguarding.reviews.rapidreview.domain;
