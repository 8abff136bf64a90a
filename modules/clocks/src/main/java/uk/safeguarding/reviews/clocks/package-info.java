/**
 * Statutory clocks: every deadline of a practice review is computed here, in working days against
 * the partnership's calendar or in exact hours, and can explain itself. Nothing else computes a
 * due date.
 */
package uk.safeguarding.reviews.clocks;
