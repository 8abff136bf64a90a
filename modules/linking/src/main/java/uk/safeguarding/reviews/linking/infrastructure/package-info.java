/** The platform tables of links and fingerprints, the board reviews' table, the matching key. */
package uk.safeguarding.reviews.linking.infrastructure;
