package uk.safeguarding.reviews.practicereview.application;

import java.time.LocalDate;

/**
 * A report as the partnership's public page lists it: its title, the day it went online and the
 * address of its file. Nothing else of the review: no reference, no child, no agency (§8.3).
 */
public record PublishedReport(String publicId, String title, LocalDate publishedOn, String fileName, int fileSize) {
}
