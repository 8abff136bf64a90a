/** Link rules in plain Java: sides, shares, family sets, fingerprints. */
package uk.safeguarding.reviews.linking.domain;
