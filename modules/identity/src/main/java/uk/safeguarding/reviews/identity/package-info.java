/**
 * Identity: turns the claims of a verified OpenID Connect token into the person's memberships of
 * partnerships and the roles they hold in each. Pure Java; the web layer supplies the claims.
 */
package uk.safeguarding.reviews.identity;
