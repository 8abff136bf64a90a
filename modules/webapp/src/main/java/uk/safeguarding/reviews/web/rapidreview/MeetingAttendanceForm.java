package uk.safeguarding.reviews.web.rapidreview;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.rapidreview.application.AttendeeForm;
import uk.safeguarding.reviews.rapidreview.domain.Attendee;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/** Who came to the Rapid Review meeting (§7.10): the rows as recorded, and a few empty ones to add to. */
@Named
@ViewScoped
public class MeetingAttendanceForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int EMPTY_ATTENDEE_ROWS = 4;

    @Inject
    private MeetingPage page;

    private final List<AttendeeForm> attendees = new ArrayList<>();

    /** Only the business unit records the meeting; others read it and never need the rows. */
    @PostConstruct
    void fill() {
        if (page.getView() == null || !TenantContext.caller().hasRole(Role.BUSINESS_MANAGER)) {
            return;
        }
        page.getView().attendees().forEach(a -> attendees.add(new AttendeeForm(a.name(), a.role(), agencyIdOf(a), a.username())));
        for (int i = 0; i < EMPTY_ATTENDEE_ROWS; i++) {
            attendees.add(new AttendeeForm());
        }
    }

    private String agencyIdOf(Attendee attendee) {
        return page.getAgencies().stream().filter(a -> a.name().equals(attendee.agencyName())).map(AgencyView::id)
                .findFirst().orElse(null);
    }

    public String record() {
        return page.submit("attendance", "record", meetings -> meetings.recordAttendance(page.getId(), attendees),
                "meeting.attendance.recorded");
    }

    public List<AttendeeForm> getAttendees() {
        return attendees;
    }
}
