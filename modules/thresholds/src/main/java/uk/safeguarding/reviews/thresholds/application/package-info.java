/** Reading, previewing and publishing a partnership's thresholds. */
package uk.safeguarding.reviews.thresholds.application;
