/** Clock use cases: the transaction, permission and audit boundary for reading and changing clock rules. */
package uk.safeguarding.reviews.clocks.application;
