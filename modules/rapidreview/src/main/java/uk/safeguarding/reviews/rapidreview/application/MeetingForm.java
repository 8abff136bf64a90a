package uk.safeguarding.reviews.rapidreview.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeeting;

/**
 * When and where the Rapid Review meeting is (§7.10), and for how long: set with the first requests,
 * changed on its own afterwards (issue 15).
 */
public class MeetingForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotNull(message = "Enter the date of the Rapid Review meeting (§7.10: it is set when the requests go out)")
    private LocalDate meetingDate;

    @NotNull(message = "Enter the time the meeting starts, for example 10:00")
    private LocalTime meetingTime;

    /** How long the meeting is booked for, in minutes: the invitation's end (issue 15). */
    @NotNull(message = "Choose how long the meeting lasts")
    private Integer meetingMinutes = (int) RapidReviewMeeting.USUAL_LENGTH.toMinutes();

    @NotBlank(message = "Say where the meeting is held (a room, or how to join online)")
    @Size(max = 300, message = "Keep the place to 300 characters")
    private String meetingPlace;

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

    public Integer getMeetingMinutes() {
        return meetingMinutes;
    }

    public void setMeetingMinutes(Integer meetingMinutes) {
        this.meetingMinutes = meetingMinutes;
    }

    public String getMeetingPlace() {
        return meetingPlace;
    }

    public void setMeetingPlace(String meetingPlace) {
        this.meetingPlace = meetingPlace;
    }
}
