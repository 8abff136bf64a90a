package uk.safeguarding.reviews.rapidreview.application;

import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.List;

/**
 * The business unit's request round (§7.7, §7.10): the agencies involved, whether they must secure
 * their records (§7.9), and the meeting, set "at the same time as requests are sent".
 */
public class SendRequestsForm extends MeetingForm {
    private static final long serialVersionUID = 1L;

    @NotEmpty(message = "Choose at least one agency to ask")
    private List<String> agencyIds = new ArrayList<>();

    private boolean secureRecords;

    public List<String> getAgencyIds() {
        return agencyIds;
    }

    public void setAgencyIds(List<String> agencyIds) {
        this.agencyIds = agencyIds == null ? new ArrayList<>() : new ArrayList<>(agencyIds);
    }

    public boolean isSecureRecords() {
        return secureRecords;
    }

    public void setSecureRecords(boolean secureRecords) {
        this.secureRecords = secureRecords;
    }
}
