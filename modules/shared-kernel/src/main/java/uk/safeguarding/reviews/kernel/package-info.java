/**
 * Shared kernel: small value types and rules that every bounded context speaks (roles, the calling
 * user, not-found and access-denied outcomes, the injectable clock). Nothing here knows about
 * persistence or the web.
 */
package uk.safeguarding.reviews.kernel;
