/** Agency use cases. */
package uk.safeguarding.reviews.agencies.application;
