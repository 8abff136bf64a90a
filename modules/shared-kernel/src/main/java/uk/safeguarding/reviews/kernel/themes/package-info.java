/**
 * The service provider interface by which each module lets its records carry the partnership's
 * themes (issue 17): the themes module keeps the taxonomy and the tags, each module the access rule.
 */
package uk.safeguarding.reviews.kernel.themes;
