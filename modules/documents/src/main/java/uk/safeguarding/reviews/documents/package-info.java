/**
 * Documents: a partnership's papers, such as the Rapid Review Meeting Report to the National Panel
 * (policy Document 12) and the composite chronology, generated from data rather than typed. A paper is
 * described once as a {@link uk.safeguarding.reviews.documents.DocumentModel} (a cover, a protective
 * marking for every page, and headings, paragraphs, labelled fields, tables and lists in reading order)
 * and then written in two formats from that one description: {@link uk.safeguarding.reviews.documents.DocxWriter}
 * for a Word document a partnership can edit, and {@link uk.safeguarding.reviews.documents.PdfWriter} for
 * a fixed copy to send. Both apply the same house style and the same rules for missing and unprintable
 * text, so the two files say the same thing; neither needs a container.
 */
package uk.safeguarding.reviews.documents;
