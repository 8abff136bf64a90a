package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An individual agency review as a page shows it (§4.2 table): who was asked and what about, each
 * round of lessons with its scrutiny, and what the signed-in person may do now. The business unit's
 * page and the agency's task read the same view; the agency's has no choice of agencies.
 */
public record AgencyReviewView(String id, String reviewId, String reviewReference, Commission commission,
        List<Round> rounds, List<AgencyOption> agencies, boolean mayCommission, boolean mayScrutinise,
        boolean maySend, Status status) implements Serializable {

    public AgencyReviewView {
        rounds = List.copyOf(rounds);
        agencies = List.copyOf(agencies);
    }

    /** Where the agency review is, in words a page can key its message by. */
    public enum Status {
        /** The panel decided; the business unit has not yet named the agency. */
        TO_COMMISSION,
        /** The agency is reviewing its practice; its lessons are due. */
        WITH_THE_AGENCY,
        /** The agency's lessons are late. */
        OVERDUE,
        /** The lessons are waiting for the partnership's scrutiny. */
        TO_SCRUTINISE,
        /** The learning is addressed: the lessons are being, or have been, shared. */
        ADDRESSED
    }

    /** Null until the agency is named; a getter so pages can test it. */
    public Commission getCommission() {
        return commission;
    }

    /** The round now open, if any: the latest. */
    public Round current() {
        return rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
    }

    /** The agency asked, its lead and what to look at. */
    public record Commission(String agencyName, String leadName, String leadEmail, String focus,
            String commissionedBy, LocalDate commissionedOn) implements Serializable {
    }

    /** One round of lessons: asked, due, what was sent, and the scrutiny of it. */
    public record Round(int round, LocalDate askedOn, LocalDate dueOn, LocalDate sentOn, String sentBy, String scope,
            String findings, String lessons, String changes, String sharedLearning, String judgement, String note,
            String judgedBy, LocalDate judgedOn, boolean overdue) implements Serializable {

        public boolean sent() {
            return sentOn != null;
        }
    }

    /** An agency the business unit may ask: one with a contact to send to. */
    public record AgencyOption(String id, String name) implements Serializable {
    }
}
