/**
 * The partnership's themes (issue 17; §10.1 "themes and trends", §10.3 a "referrals by ... theme",
 * §10.3 i repeat incidence): a taxonomy versioned like the thresholds, each change with a reason,
 * and the tags on referrals, reviews and actions with who tagged them and when. Retiring a theme
 * keeps the records tagged with it readable under its name. Which records a person may see or tag
 * is decided by the module that holds them ({@code kernel.themes.TaggableRecords}).
 */
package uk.safeguarding.reviews.themes;
