package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The factual accuracy round of a review's report as its page shows it (§8.3): each agency asked,
 * when its answer is due and where it stands; each comment and how the review group dealt with it;
 * what still stops the agreement, if anything.
 */
public record AccuracyView(List<RequestLine> requests, List<CommentLine> comments, List<AgencyOption> agencies,
        boolean mayCirculate, boolean mayDispose, String outstanding) implements Serializable {

    public AccuracyView {
        requests = List.copyOf(requests);
        comments = List.copyOf(comments);
        agencies = List.copyOf(agencies);
    }

    /** Where an agency's answer stands. */
    public enum Status {
        WAITING, RESPONDED, OVERDUE
    }

    /** One agency asked about one version. */
    public record RequestLine(String id, String agencyName, int version, LocalDate sentOn, LocalDate dueOn,
            Status status, LocalDate respondedOn, int commentCount) implements Serializable {
    }

    /** One comment, the part of the report it is about, and its disposal (null while undecided). */
    public record CommentLine(String id, String agencyName, int version, String part, String text, LocalDate madeOn,
            String disposal, String reason, String disposedBy) implements Serializable {

        public boolean disposed() {
            return disposal != null;
        }
    }

    /** An agency the report can go to: it has someone to send it to. */
    public record AgencyOption(String id, String name) implements Serializable {
    }
}
