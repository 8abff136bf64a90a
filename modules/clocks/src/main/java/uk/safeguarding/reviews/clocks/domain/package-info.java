/**
 * Calendars, clock rules and due dates as plain Java: no container, tested with fixed dates.
 * Counting convention (shown in the product's help): day 0 is the day of the start event; the first
 * working day after it is day 1, as in "within 15 working days of receipt"; a start on a weekend or
 * holiday therefore counts from the next working day as day 1. Hour clocks count elapsed hours.
 */
package uk.safeguarding.reviews.clocks.domain;
