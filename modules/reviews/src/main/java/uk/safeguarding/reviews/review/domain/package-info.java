/** The review record; plain Java apart from its mapping. */
package uk.safeguarding.reviews.review.domain;
