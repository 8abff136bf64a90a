/** Reviews once decided: the record every later stage (requests, chronologies, meetings, reports) hangs on. */
package uk.safeguarding.reviews.review;
