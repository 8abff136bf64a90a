/**
 * The Rapid Review (§7.7-7.13 of the 2019 practice review policy): the information requests to the
 * agencies (Document 10) and their returns (Agency Summary, Document 8; Significant Practice Event
 * chronology, Document 9), the composite chronology, the quorate meeting (Case Discussion Tool,
 * Document 11), the outcome and its endorsement, and the report to the National Panel (Document 12).
 * Every step runs on the clocks engine and is audited.
 */
package uk.safeguarding.reviews.rapidreview;
