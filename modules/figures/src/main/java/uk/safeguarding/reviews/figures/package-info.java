/**
 * The Safeguarding Executive's figures (§10.3 of the 2019 practice review policy): for a chosen
 * reporting year, each measure counted by the module that holds its records, grouped as §10.3
 * groups them, every number opening the list of records behind it; and the yearly pack.
 */
package uk.safeguarding.reviews.figures;
