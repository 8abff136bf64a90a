/**
 * Kinds of review as data (issue 13 §1): a kind's reference prefix and its stages; a stage's
 * capabilities, the clocks it starts on entry and meets on exit, the documents it produces, who acts
 * in it, and its exits with named guards. Plain Java, tested without a container; the engine in
 * {@code review.application} walks it.
 */
package uk.safeguarding.reviews.review.domain.kind;
