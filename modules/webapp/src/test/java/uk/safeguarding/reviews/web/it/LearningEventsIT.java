package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditOutcome;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.figures.application.ExecutiveFigures;
import uk.safeguarding.reviews.figures.application.YearOfFigures;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.figures.Figure;
import uk.safeguarding.reviews.learning.application.LearningEventForm;
import uk.safeguarding.reviews.learning.application.LearningEvents;
import uk.safeguarding.reviews.learning.application.LearningEventsView;
import uk.safeguarding.reviews.learning.domain.EventFeedback;
import uk.safeguarding.reviews.learning.domain.LearningEvent;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;

/**
 * Issue 17, learning events and briefings (§9) and their feedback (§10.3 h), against PostgreSQL: a
 * product, an event and a session recorded with what each must say; no more forms than people
 * attended; seen by whoever may see the review, recorded only by the business unit; nothing of
 * another partnership, each attempt audited; the executive's figure of forms saying they understand
 * more, each number opening a list as long.
 */
@ExtendWith(ArquillianExtension.class)
class LearningEventsIT {

    private static final Clock CLOCK = ProductClock.configured();

    private static final Caller MANAGER = new Caller("le.manager", "Mo Manager", Set.of(Role.BUSINESS_MANAGER));
    private static final Caller PANEL = new Caller("le.panel", "Pam Panel", Set.of(Role.PANEL_MEMBER));
    private static final Caller REVIEWER = new Caller("le.reviewer", "Rae Reviewer", Set.of(Role.REVIEWER));
    private static final Caller EXECUTIVE = new Caller("le.executive", "Eve Executive", Set.of(Role.EXECUTIVE));

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestHelpers();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private CaseFixtures cases;

    @Inject
    private LearningEvents events;

    @Inject
    private ExecutiveFigures figures;

    @Inject
    private AuditTrail audit;

    @Test
    void aReviewsLearningReachesPracticeAndTheFormsOfItsSessionsAreCounted() {
        ActiveTenant here = tenants.provision("it-learning-events");
        ActiveTenant there = tenants.provision("it-learning-events-b");
        LocalDate today = LocalDate.now(CLOCK.withZone(ProductClock.UK));
        String review = cases.rapidReviewOf(here, MANAGER, cases.submittedReferral(here, null, null));

        assertEquals("kind", refused(here, review, form(null, "Safe sleeping", today, "Health visitors", null, 20)));
        assertEquals("attended", refused(here, review, form(LearningEvent.Kind.LEARNING_EVENT, "Safe sleeping", today,
                "Health visitors", null, null)));
        assertEquals("wentTo", refused(here, review, form(LearningEvent.Kind.PRODUCT, "Seven-minute briefing", today,
                "Schools", null, null)));
        assertEquals("heldOn", refused(here, review, form(LearningEvent.Kind.REFLECTIVE_SESSION, "Reflecting", today
                .plusDays(1), "Social workers", null, 2)));

        as(here, MANAGER, () -> events.record(review, form(LearningEvent.Kind.PRODUCT, "Seven-minute briefing: safe"
                + " sleeping", today, "Schools and health visitors", "Every school's designated safeguarding lead", null)));
        as(here, MANAGER, () -> events.record(review, form(LearningEvent.Kind.LEARNING_EVENT, "Safe sleeping", today,
                "Health visitors", null, 3)));
        LearningEventsView recorded = as(here, MANAGER, () -> events.record(review, form(
                LearningEvent.Kind.REFLECTIVE_SESSION, "Reflecting on the review", today, "Social workers", null, 2)));
        assertEquals(3, recorded.events().size());
        String event = id(recorded, "Safe sleeping");
        String session = id(recorded, "Reflecting on the review");
        String product = id(recorded, "Seven-minute briefing: safe sleeping");

        as(here, MANAGER, () -> events.addFeedback(event, EventFeedback.Answer.YES, "Clearer on the advice"));
        as(here, MANAGER, () -> events.addFeedback(event, EventFeedback.Answer.PARTLY, null));
        as(here, MANAGER, () -> events.addFeedback(session, EventFeedback.Answer.YES, null));
        LearningEventsView withForms = as(here, MANAGER, () -> events.addFeedback(session, EventFeedback.Answer.YES,
                null));
        InvalidFieldException third = assertThrows(InvalidFieldException.class, () -> as(here, MANAGER,
                () -> events.addFeedback(session, EventFeedback.Answer.NO, null)));
        assertEquals("2 people attended, and 2 forms are already recorded", third.getMessage());
        assertEquals("understandsMore", assertThrows(InvalidFieldException.class, () -> as(here, MANAGER,
                () -> events.addFeedback(product, EventFeedback.Answer.YES, null))).field());
        LearningEventsView.Line sessionLine = withForms.event(session);
        assertEquals(2, sessionLine.forms());
        assertEquals(100, sessionLine.percentUnderstandMore());
        assertEquals(List.of("Clearer on the advice"), withForms.event(event).comments());

        // The Virtual Panel sees them; only the business unit records; a reviewer not named finds nothing.
        LearningEventsView forPanel = as(here, PANEL, () -> events.of(review));
        assertFalse(forPanel.mayRecord());
        assertThrows(AccessDeniedException.class, () -> as(here, PANEL, () -> events.addFeedback(event,
                EventFeedback.Answer.YES, null)));
        assertThrows(RecordNotFoundException.class, () -> as(here, REVIEWER, () -> events.of(review)));
        // Another partnership's people get nothing, audited in their own trail.
        assertThrows(RecordNotFoundException.class, () -> as(there, MANAGER, () -> events.of(review)));
        assertThrows(RecordNotFoundException.class, () -> as(there, MANAGER, () -> events.addFeedback(event,
                EventFeedback.Answer.YES, null)));
        assertTrue(as(there, MANAGER, () -> audit.historyOf("learning-event", event)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && e.actor().equals(MANAGER.username())));
        assertEquals(3, as(here, MANAGER, () -> audit.historyOf("learning-event", event)).stream()
                .filter(e -> e.outcome() == AuditOutcome.ALLOWED && e.action() == AuditAction.CREATE).count(),
                "the event and its two forms");

        YearOfFigures year = as(here, EXECUTIVE, () -> figures.ofYear(null));
        assertEquals(2, number(year, "h.held"), "the event and the session; a product is not a gathering");
        assertEquals(4, number(year, "h.forms"));
        assertEquals(3, number(year, "h.understand-more"));
        assertEquals("h.forms", year.figure("h.understand-more").orElseThrow().partOf());
        for (String key : List.of("h.held", "h.forms", "h.understand-more")) {
            assertEquals(number(year, key), as(here, EXECUTIVE, () -> figures.list(null, key)).figure().records().size(),
                    key);
        }
        YearOfFigures theirs = as(there, EXECUTIVE, () -> figures.ofYear(null));
        assertEquals(0, theirs.figure("h.forms").map(Figure::number).orElse(0));
    }

    private String refused(ActiveTenant partnership, String review, LearningEventForm form) {
        return assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> events.record(review, form))).field();
    }

    private static LearningEventForm form(LearningEvent.Kind kind, String title, LocalDate on, String audience,
            String wentTo, Integer attended) {
        LearningEventForm form = new LearningEventForm();
        form.setKind(kind);
        form.setTitle(title);
        form.setHeldOn(on);
        form.setAudience(audience);
        form.setWentTo(wentTo);
        form.setAttended(attended);
        return form;
    }

    private static String id(LearningEventsView view, String title) {
        return view.events().stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow().id();
    }

    private static int number(YearOfFigures year, String key) {
        return year.figure(key).orElseThrow(() -> new AssertionError("no figure " + key)).number();
    }
}
