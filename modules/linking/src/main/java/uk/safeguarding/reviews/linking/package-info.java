/**
 * Linked reviews across boards (issue 6, policy §4.3): a child's review linked with an adults
 * board's SAR, a community safety partnership's DHR or a review held outside the product; the
 * inter-board coordinator's board; and possible links found by keyed fingerprints. Cross-board
 * data lives only in the platform tables this module owns, and every read of a board's review is
 * audited in that board.
 */
package uk.safeguarding.reviews.linking;
