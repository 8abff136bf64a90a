/**
 * The web application: start-up, the tenant gate for every request, the Faces shell and thin
 * backing beans that call the contexts' application services.
 */
package uk.safeguarding.reviews.web;
