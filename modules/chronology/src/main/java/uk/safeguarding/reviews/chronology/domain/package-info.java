/**
 * The chronology's rules in plain Java, testable without a container: a significant practice event
 * and why it is significant (§7.8), its checks, the import of an agency's CSV or XLSX file, the merge
 * into one composite chronology (§7.8, §7.11), its filters, anonymising for wider circulation and the
 * CSV export.
 */
package uk.safeguarding.reviews.chronology.domain;
