package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.audit.AuditEvent;
import uk.safeguarding.reviews.audit.AuditOutcome;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.thresholds.application.ThresholdChangeForm;
import uk.safeguarding.reviews.thresholds.application.ThresholdsService;
import uk.safeguarding.reviews.thresholds.application.ThresholdsView;
import uk.safeguarding.reviews.thresholds.domain.ReviewKind;
import uk.safeguarding.reviews.thresholds.domain.TieRule;

/** Each partnership's thresholds: versioned, audited, checked as a whole, and nobody else's. */
@ExtendWith(ArquillianExtension.class)
class ThresholdsIT {

    /** The product's clock: bin/test --date moves it for this JVM and the test server alike. */
    private static final Clock CLOCK = ProductClock.configured();

    private static final Caller MANAGER = new Caller("rules.manager", "Manager", Set.of(Role.BUSINESS_MANAGER));

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestHelpers();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private ThresholdsService thresholds;

    @Inject
    private AuditTrail audit;

    @Test
    void aChangeIsTheNextVersionOfThatPartnershipOnlyAndIsAudited() {
        ActiveTenant changed = tenants.provision("it-thresholds-a");
        ActiveTenant untouched = tenants.provision("it-thresholds-b");
        ThresholdChangeForm form = as(changed, MANAGER, thresholds::changeFormFromNewest);
        form.setKinds(List.of(ReviewKind.RAPID_REVIEW, ReviewKind.LOCAL_CASE_REVIEW));
        form.setQuorum(3);
        form.setPanelSize(6);
        form.setTieRule(TieRule.COMMENCE_RAPID_REVIEW);
        form.setStatutoryPartners("Local Authority\nPolice\nIntegrated Care Board");
        assertTrue(form.isEqualityConsiderationRequired(), "issue 14 \u00a74 item 6: on as shipped");
        form.setEqualityConsiderationRequired(false);
        form.setReason("Working Together 2023; panel enlarged");

        int version = as(changed, MANAGER, () -> thresholds.publishChange(form));

        ThresholdsView after = as(changed, MANAGER, thresholds::current);
        ThresholdsView elsewhere = as(untouched, MANAGER, thresholds::current);
        assertEquals(2, version);
        assertEquals(version, after.version());
        assertEquals(3, after.inForce().panel().quorum());
        assertEquals(TieRule.COMMENCE_RAPID_REVIEW, after.inForce().panel().tieRule());
        assertEquals(Set.of(ReviewKind.RAPID_REVIEW, ReviewKind.LOCAL_CASE_REVIEW), after.inForce().kinds());
        assertEquals(List.of("Local Authority", "Police", "Integrated Care Board"), after.inForce().statutoryPartners());
        assertFalse(after.inForce().equalityConsiderationRequired(), "the setting is kept with the version");
        assertTrue(elsewhere.inForce().equalityConsiderationRequired(), "and is this partnership's alone");
        assertEquals(1, elsewhere.version());
        assertEquals(2, elsewhere.inForce().panel().quorum());
        assertEquals(TieRule.CHAIR_DECIDES, as(changed, MANAGER, () -> thresholds.version(1)).thresholds().panel()
                .tieRule(), "version 1 is kept as it was");
        List<AuditEvent> trail = as(changed, MANAGER, () -> audit.historyOf("thresholds", "v2"));
        assertEquals(1, trail.size());
        assertTrue(trail.get(0).detail().contains("quorum 2 of 4, tie CHAIR_DECIDES") && trail.get(0).detail()
                .contains("quorum 3 of 6, tie COMMENCE_RAPID_REVIEW"), trail.get(0).detail());
    }

    @Test
    void rulesThatCannotWorkAreRefusedBesideTheirFieldAndNothingIsSaved() {
        ActiveTenant partnership = tenants.provision("it-thresholds-bad");
        ThresholdChangeForm tooBig = as(partnership, MANAGER, thresholds::changeFormFromNewest);
        tooBig.setQuorum(6);
        tooBig.setReason("typo");
        ThresholdChangeForm noReason = as(partnership, MANAGER, thresholds::changeFormFromNewest);
        noReason.setReason(" ");
        ThresholdChangeForm noQuestions = as(partnership, MANAGER, thresholds::changeFormFromNewest);
        noQuestions.setGoodOutcomeReviewQuestions("");
        noQuestions.setReason("drop questions");

        InvalidFieldException quorum = assertThrows(InvalidFieldException.class,
                () -> as(partnership, MANAGER, () -> thresholds.publishChange(tooBig)));
        ConstraintViolationException reason = assertThrows(ConstraintViolationException.class,
                () -> as(partnership, MANAGER, () -> thresholds.publishChange(noReason)));
        InvalidFieldException questions = assertThrows(InvalidFieldException.class,
                () -> as(partnership, MANAGER, () -> thresholds.publishChange(noQuestions)));

        assertEquals("quorum", quorum.field());
        assertEquals("A quorum of 6 is larger than the panel of 4: the panel could never decide", quorum.getMessage());
        assertEquals("Say why the thresholds change", reason.getConstraintViolations().iterator().next().getMessage());
        assertEquals("goodOutcomeReviewQuestions", questions.field());
        assertEquals(1, as(partnership, MANAGER, thresholds::current).version());
    }

    @Test
    void onlyBusinessManagersSeeThemAndRefusalsAreAudited() {
        ActiveTenant partnership = tenants.provision("it-thresholds-roles");
        Caller referrer = TestTenants.referrer("rules.referrer");

        assertThrows(AccessDeniedException.class, () -> as(partnership, referrer, thresholds::current));

        assertTrue(as(partnership, MANAGER, () -> audit.recent(10)).stream().anyMatch(e -> e.actor()
                .equals("rules.referrer") && e.outcome() == AuditOutcome.DENIED && e.recordType().equals("thresholds")));
    }

    @Test
    void aScheduledChangeWaitsForItsDate() {
        ActiveTenant partnership = tenants.provision("it-thresholds-later");
        ThresholdChangeForm later = as(partnership, MANAGER, thresholds::changeFormFromNewest);
        later.setTieRule(TieRule.AWAIT_ANOTHER_VOTE);
        later.setEffectiveFrom(LocalDate.now(CLOCK).plusMonths(1));
        later.setReason("From next month");

        int version = as(partnership, MANAGER, () -> thresholds.publishChange(later));

        ThresholdsView view = as(partnership, MANAGER, thresholds::current);
        assertEquals(1, view.version());
        assertEquals(TieRule.CHAIR_DECIDES, view.inForce().panel().tieRule());
        assertEquals(version, view.scheduledVersion());
        assertEquals(TieRule.AWAIT_ANOTHER_VOTE, as(partnership, MANAGER, thresholds::changeFormFromNewest).getTieRule(),
                "a further change builds on the scheduled version");
    }
}
