/**
 * Thresholds: what each partnership decides for itself about reviews (issue 3, item 4), versioned with
 * an effective date like its clock rules.
 */
package uk.safeguarding.reviews.thresholds;
