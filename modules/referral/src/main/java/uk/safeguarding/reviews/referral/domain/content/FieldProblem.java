package uk.safeguarding.reviews.referral.domain.content;

/**
 * Something still wrong with a referral's content: the step it is on, the field (a property path such
 * as {@code children[0].dateOfBirth}) and the message in plain English.
 */
public record FieldProblem(ReferralStep step, String field, String message) {
}
