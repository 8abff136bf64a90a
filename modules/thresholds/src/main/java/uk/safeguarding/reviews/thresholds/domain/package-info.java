/** Threshold versions and the rules they hold; plain Java apart from the mapping annotations. */
package uk.safeguarding.reviews.thresholds.domain;
