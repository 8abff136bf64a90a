package uk.safeguarding.reviews.web.clocks;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import uk.safeguarding.reviews.clocks.application.CalendarView;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockRulesService;
import uk.safeguarding.reviews.clocks.application.Deadlines;
import uk.safeguarding.reviews.clocks.domain.ClockRule;
import uk.safeguarding.reviews.clocks.domain.PolicyDefaults;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Page;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * "Deadlines": every open clock of the partnership by due time with its status, filtered by review
 * (or referral) and by kind of clock. The filters are GET parameters, so a filtered view can be
 * bookmarked and shared.
 */
@Named
@RequestScoped
public class DeadlineDashboard {

    @Inject
    private Deadlines deadlines;

    @Inject
    private ClockRulesService settings;

    private String subject;
    private String kind;
    private String page;
    private Page<ClockLine> lines = new Page<>(List.of(), 1, Page.DEFAULT_SIZE, 0);
    private Map<String, String> subjects = Map.of();
    private boolean mailboxMissing;
    private CalendarView calendar;

    public void load() {
        try {
            subjects = deadlines.subjectsWithOpenClocks();
            lines = deadlines.dashboard(subject, kind, Pages.number(page));
            mailboxMissing = settings.businessUnitEmail().isEmpty();
            calendar = settings.currentCalendar();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    /** The filters in force, in words, so that an empty list says which filter hid what (issue 15, item 1). */
    public String getActiveFilters() {
        List<String> active = new java.util.ArrayList<>();
        if (subject != null && !subject.isBlank()) {
            active.add(Messages.text("deadlines.filter.subject") + ": " + subjects.entrySet().stream()
                    .filter(e -> e.getValue().equals(subject)).map(Map.Entry::getKey).findFirst().orElse(subject));
        }
        if (kind != null && !kind.isBlank()) {
            active.add(Messages.text("deadlines.filter.kind") + ": " + Messages.text("clocks.rule." + kind));
        }
        return String.join("; ", active);
    }

    /** The working-day calendar, for the warning that it runs out within twelve months. */
    public CalendarView getCalendar() {
        return calendar;
    }

    public List<ClockLine> getLines() {
        return lines.items();
    }

    public Page<ClockLine> getList() {
        return lines;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    /** Label to id, in label order, of every subject with an open clock. */
    public Map<String, String> getSubjects() {
        return subjects;
    }

    public List<String> getKinds() {
        return PolicyDefaults.RULES_2019.stream().map(ClockRule::key).toList();
    }

    public boolean isMailboxMissing() {
        return mailboxMissing;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}
