package uk.safeguarding.reviews.rapidreview.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The business unit's request round (§7.7, §7.10): the agencies involved, whether they must secure
 * their records (§7.9), and the meeting's date, set "at the same time as requests are sent".
 */
public class SendRequestsForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotEmpty(message = "Choose at least one agency to ask")
    private List<String> agencyIds = new ArrayList<>();

    private boolean secureRecords;

    @NotNull(message = "Enter the date of the Rapid Review meeting (§7.10: it is set when the requests go out)")
    private LocalDate meetingDate;

    @NotNull(message = "Enter the time the meeting starts, for example 10:00")
    private LocalTime meetingTime;

    @NotBlank(message = "Say where the meeting is held (a room, or how to join online)")
    @Size(max = 300, message = "Keep the place to 300 characters")
    private String meetingPlace;

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

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public LocalTime getMeetingTime() {
        return meetingTime;
    }

    public void setMeetingTime(LocalTime meetingTime) {
        this.meetingTime = meetingTime;
    }

    public String getMeetingPlace() {
        return meetingPlace;
    }

    public void setMeetingPlace(String meetingPlace) {
        this.meetingPlace = meetingPlace;
    }
}
