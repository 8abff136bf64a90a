/** The agency record; plain Java apart from its mapping. */
package uk.safeguarding.reviews.agencies.domain;
