package uk.safeguarding.reviews.rapidreview.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import uk.safeguarding.reviews.chronology.domain.ChronologyEntry;
import uk.safeguarding.reviews.chronology.domain.SignificanceReason;
import uk.safeguarding.reviews.kernel.Texts;

/** One Significant Practice Event as the agency types it (Document 9, §7.8). */
public class EntryForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Null for a new event; the event's id when it is being changed. */
    private String id;
    private LocalDate date;
    private LocalTime time;
    private String whatHappened;
    private String whoWasInvolved;
    private String riskPresented;
    private String agencyResponse;
    private String impactOnChild;
    private String multiAgencyConsiderations;
    private String learning;
    private Set<SignificanceReason> significance = EnumSet.noneOf(SignificanceReason.class);

    public static EntryForm of(ChronologyEntry entry) {
        EntryForm form = new EntryForm();
        form.id = entry.id();
        form.date = entry.date();
        form.time = entry.time();
        form.whatHappened = entry.whatHappened();
        form.whoWasInvolved = entry.whoWasInvolved();
        form.riskPresented = entry.riskPresented();
        form.agencyResponse = entry.agencyResponse();
        form.impactOnChild = entry.impactOnChild();
        form.multiAgencyConsiderations = entry.multiAgencyConsiderations();
        form.learning = entry.learning();
        form.significance = entry.significance().isEmpty() ? EnumSet.noneOf(SignificanceReason.class)
                : EnumSet.copyOf(entry.significance());
        return form;
    }

    ChronologyEntry toEntry(String entryId, String agencyId, String agencyName) {
        return new ChronologyEntry(entryId, agencyId, agencyName, date, time, Texts.blankToNull(whatHappened), Texts.blankToNull(whoWasInvolved),
                Texts.blankToNull(riskPresented), Texts.blankToNull(agencyResponse), Texts.blankToNull(impactOnChild), Texts.blankToNull(multiAgencyConsiderations),
                Texts.blankToNull(learning), significance);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public String getWhoWasInvolved() {
        return whoWasInvolved;
    }

    public void setWhoWasInvolved(String whoWasInvolved) {
        this.whoWasInvolved = whoWasInvolved;
    }

    public String getRiskPresented() {
        return riskPresented;
    }

    public void setRiskPresented(String riskPresented) {
        this.riskPresented = riskPresented;
    }

    public String getAgencyResponse() {
        return agencyResponse;
    }

    public void setAgencyResponse(String agencyResponse) {
        this.agencyResponse = agencyResponse;
    }

    public String getImpactOnChild() {
        return impactOnChild;
    }

    public void setImpactOnChild(String impactOnChild) {
        this.impactOnChild = impactOnChild;
    }

    public String getMultiAgencyConsiderations() {
        return multiAgencyConsiderations;
    }

    public void setMultiAgencyConsiderations(String multiAgencyConsiderations) {
        this.multiAgencyConsiderations = multiAgencyConsiderations;
    }

    public String getLearning() {
        return learning;
    }

    public void setLearning(String learning) {
        this.learning = learning;
    }

    public Set<SignificanceReason> getSignificance() {
        return significance;
    }

    public void setSignificance(Set<SignificanceReason> significance) {
        this.significance = significance == null || significance.isEmpty() ? EnumSet.noneOf(SignificanceReason.class)
                : EnumSet.copyOf(significance);
    }
}
