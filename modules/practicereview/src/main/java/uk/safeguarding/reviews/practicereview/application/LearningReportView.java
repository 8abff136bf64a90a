package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The agreed report as the review page shows it, with how long each working-day clock it met took
 * ("completed in 38 of 45 working days").
 */
public record LearningReportView(String findings, List<String> recommendations, String agreedBy, LocalDate agreedOn,
        String fileName, int fileSize, String recordedBy, List<Timeliness> timeliness) implements Serializable {

    /** A clock the report met: its rule, the working days it took and the working days allowed. */
    public record Timeliness(String ruleKey, int workingDaysTaken, int workingDaysAllowed) implements Serializable {

        public boolean inTime() {
            return workingDaysTaken <= workingDaysAllowed;
        }
    }
}
