/**
 * Chronologies (policy §7.8, Toolkit Document 9): each agency's "Significant Practice Event"
 * chronology of its involvement with the child, and the partnership's composite chronology that the
 * business unit assembles for the review meeting (§7.11).
 */
package uk.safeguarding.reviews.chronology;
