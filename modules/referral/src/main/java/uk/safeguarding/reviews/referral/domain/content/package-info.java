/**
 * What the Referral Form (Document 7) says, step by step. Plain JavaBeans so the form binds to them
 * and they store as JSON: a draft is saved whatever it holds, and Bean Validation (one group per step)
 * plus {@link uk.safeguarding.reviews.referral.domain.content.ContentChecks} say what is still wrong.
 */
package uk.safeguarding.reviews.referral.domain.content;
