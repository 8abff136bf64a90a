/**
 * A person's work list (issue 14 §2, "My tasks"): each module says what is waiting for the person
 * signed in, with its due time from the clock engine; the home page shows them together, most
 * urgent first. A module answers only for its own records, in the current partnership.
 */
package uk.safeguarding.reviews.kernel.work;
