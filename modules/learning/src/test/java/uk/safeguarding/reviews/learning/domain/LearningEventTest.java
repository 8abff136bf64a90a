package uk.safeguarding.reviews.learning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/** §9 and §10.3 h: what a learning product, event or session must say, and its attendees' feedback forms. */
class LearningEventTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 6, 10, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void anEventNeedsHowManyAttendedAndAProductWhereItWent() {
        assertEquals("attended", refused(new LearningEvent.Details(LearningEvent.Kind.LEARNING_EVENT, "Safe sleeping",
                TODAY, "Health visitors", null, null)));
        assertEquals("attended", refused(new LearningEvent.Details(LearningEvent.Kind.REFLECTIVE_SESSION, "Reflecting",
                TODAY, "Social workers", null, 0)));
        assertEquals("wentTo", refused(new LearningEvent.Details(LearningEvent.Kind.PRODUCT, "Seven-minute briefing",
                TODAY, "Schools", " ", null)));
        LearningEvent product = LearningEvent.record("review", "CSPR-1", new LearningEvent.Details(
                LearningEvent.Kind.PRODUCT, "Seven-minute briefing", TODAY, "Schools", "Every school's DSL", 40),
                "Mo Manager", NOW, TODAY);
        assertNull(product.attended(), "a product has nobody attending");
        assertEquals("Every school's DSL", product.wentTo());
    }

    @Test
    void itHappenedOnADayNotInTheFutureWithATitleAndAnAudience() {
        assertEquals("kind", refused(new LearningEvent.Details(null, "Safe sleeping", TODAY, "All", null, 5)));
        assertEquals("title", refused(new LearningEvent.Details(LearningEvent.Kind.LEARNING_EVENT, " ", TODAY, "All",
                null, 5)));
        assertEquals("heldOn", refused(new LearningEvent.Details(LearningEvent.Kind.LEARNING_EVENT, "Safe sleeping",
                TODAY.plusDays(1), "All", null, 5)));
        assertEquals("heldOn", refused(new LearningEvent.Details(LearningEvent.Kind.LEARNING_EVENT, "Safe sleeping",
                null, "All", null, 5)));
        assertEquals("audience", refused(new LearningEvent.Details(LearningEvent.Kind.LEARNING_EVENT, "Safe sleeping",
                TODAY, "", null, 5)));
    }

    @Test
    void noMoreFeedbackFormsThanPeopleAttendedAndNoneForAProduct() {
        LearningEvent session = LearningEvent.record("review", "CSPR-1", new LearningEvent.Details(
                LearningEvent.Kind.REFLECTIVE_SESSION, "Reflecting on CSPR-1", TODAY, "Social workers", null, 2),
                "Mo Manager", NOW, TODAY);
        EventFeedback first = session.feedback(EventFeedback.Answer.YES, "  ", 0, "Mo Manager", NOW);
        assertNull(first.comment(), "an empty comment is no comment");
        InvalidFieldException third = assertThrows(InvalidFieldException.class,
                () -> session.feedback(EventFeedback.Answer.NO, null, 2, "Mo Manager", NOW));
        assertEquals("2 people attended, and 2 forms are already recorded", third.getMessage());
        assertEquals("understandsMore", assertThrows(InvalidFieldException.class,
                () -> session.feedback(null, null, 1, "Mo Manager", NOW)).field());
        LearningEvent product = LearningEvent.record("review", "CSPR-1", new LearningEvent.Details(
                LearningEvent.Kind.PRODUCT, "Briefing", TODAY, "Schools", "Every school", null), "Mo Manager", NOW, TODAY);
        assertEquals("understandsMore", assertThrows(InvalidFieldException.class,
                () -> product.feedback(EventFeedback.Answer.YES, null, 0, "Mo Manager", NOW)).field());
    }

    private static String refused(LearningEvent.Details details) {
        return assertThrows(InvalidFieldException.class,
                () -> LearningEvent.record("review", "CSPR-1", details, "Mo Manager", NOW, TODAY)).field();
    }
}
