/** Review use cases. */
package uk.safeguarding.reviews.review.application;
