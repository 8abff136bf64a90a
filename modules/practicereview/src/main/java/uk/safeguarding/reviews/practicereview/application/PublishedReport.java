package uk.safeguarding.reviews.practicereview.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A report as the partnership's public page lists it: its title, the day it went online and the
 * address of its file. Nothing else of the review: no reference, no child, no agency (§8.3).
 */
public record PublishedReport(String publicId, String title, LocalDate publishedOn, String fileName, int fileSize,
        boolean webPage) {

    /** The report's accessible web page (§8.3 with the agreed text): its parts in reading order. */
    public record Page(String title, LocalDate publishedOn, List<Part> parts, List<String> recommendations) {

        public Page {
            parts = List.copyOf(parts);
            recommendations = List.copyOf(recommendations);
        }
    }

    /** A heading and its text. */
    public record Part(String heading, String text) {
    }
}
