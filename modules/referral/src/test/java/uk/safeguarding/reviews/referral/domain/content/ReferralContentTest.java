package uk.safeguarding.reviews.referral.domain.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.referral.domain.ReferralKind;

/** The Referral Form's rules (Document 7, §7.3-7.4), each with its message beside its field. */
class ReferralContentTest {

    // The run's day (bin/test --date moves it), fixed for the test; the validator reads the same clock.
    private static final Clock CLOCK = Clock.fixed(ProductClock.configured().instant(), ProductClock.UK);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure().clockProvider(() -> CLOCK)
            .buildValidatorFactory().getValidator();
    private static final List<CriteriaAnswer> QUESTIONS = List.of(new CriteriaAnswer("RAPID_REVIEW", "Died or harmed?"));

    @Test
    void aCompleteFormHasNoProblemsAtAnyStep() {
        assertEquals(List.of(), problems(ExampleReferrals.complete(TODAY, QUESTIONS)));
    }

    @Test
    void aChildOlderThanTwentyFourIsRefusedAndFromEighteenOnlyACareLeaver() {
        ReferralContent content = ExampleReferrals.complete(TODAY, QUESTIONS);
        content.getChildren().get(0).setDateOfBirth(TODAY.minusYears(25));
        assertEquals(List.of("children[0].dateOfBirth: The child is 25: a referral is about a child, or a care leaver up to 24"),
                problems(content));

        content.getChildren().get(0).setDateOfBirth(TODAY.minusYears(19));
        assertEquals(List.of("children[0].careLeaver: The child is 19: from 18 a referral is about a care leaver only (up to 24)"),
                problems(content));
        content.getChildren().get(0).setCareLeaver(true);
        assertEquals(List.of(), problems(content));
    }

    @Test
    void theIncidentCannotBeAfterTheLocalAuthorityBecameAwareNorInTheFuture() {
        ReferralContent content = ExampleReferrals.complete(TODAY, QUESTIONS);
        content.getIncident().setDate(TODAY.minusDays(1));
        assertEquals(List.of("incident.date: The incident cannot be after the date the local authority became aware of it"),
                problems(content));
        content.getIncident().setDate(TODAY.plusDays(1));
        content.getIncident().setLocalAuthorityAwareOn(TODAY.plusDays(2));
        assertTrue(problems(content).contains("incident.date: The date of the incident must be today or in the past"),
                problems(content).toString());
    }

    @Test
    void todayIsTheDayInEnglandOnTheProductsClock() {
        // 23:30 UTC on 1 July 2031 is 00:30 on 2 July in England: an incident that day is not in the future.
        Clock justAfterMidnightInSummer = Clock.fixed(Instant.parse("2031-07-01T23:30:00Z"), ProductClock.UK);
        Validator validator = Validation.byDefaultProvider().configure().clockProvider(() -> justAfterMidnightInSummer)
                .buildValidatorFactory().getValidator();
        LocalDate secondOfJuly = LocalDate.of(2031, 7, 2);
        ReferralContent content = ExampleReferrals.complete(secondOfJuly, QUESTIONS);
        content.getIncident().setDate(secondOfJuly);
        content.getIncident().setLocalAuthorityAwareOn(secondOfJuly);
        assertEquals(Set.of(), validator.validate(content, ReferralStep.INCIDENT.group()));

        content.getIncident().setDate(secondOfJuly.plusDays(1));
        content.getIncident().setLocalAuthorityAwareOn(secondOfJuly.plusDays(1));
        assertEquals(Set.of("The date of the incident must be today or in the past",
                "The date the local authority became aware cannot be in the future"),
                validator.validate(content, ReferralStep.INCIDENT.group()).stream()
                        .map(jakarta.validation.ConstraintViolation::getMessage).collect(Collectors.toSet()));
    }

    @Test
    void anUnverifiedReferralSaysWhy() {
        ReferralContent content = ExampleReferrals.complete(TODAY, QUESTIONS);
        content.getReferrer().setVerifiedBy(null);
        content.getReferrer().setVerifiedOn(null);
        assertEquals(List.of("referrer.notVerifiedBecause: Say who verified the referral in your agency and when, name"
                + " your agency's verifier on this service, or say why it has not been verified (§7.3)"), problems(content));
        content.getReferrer().setNotVerifiedBecause("The head teacher is away until Monday");
        assertEquals(List.of(), problems(content));
    }

    @Test
    void namingTheAgencysVerifierOnTheServiceIsAWayToVerify() {
        // Issue 14 §1, §7.3: the verifier verifies it in the product, so nothing else is asked of the referrer.
        ReferralContent content = ExampleReferrals.complete(TODAY, QUESTIONS);
        content.getReferrer().setVerifiedBy(null);
        content.getReferrer().setVerifiedOn(null);
        content.getReferrer().setVerifierUsername("nm.verifier");
        assertEquals(List.of(), problems(content));
        content.getReferrer().setVerifierUsername("Vera Verifier");
        assertEquals(List.of("referrer.verifierUsername: Give the verifier's sign-in name, for example nm.verifier"),
                problems(content));
    }

    @Test
    void everyCriteriaQuestionIsAnswered() {
        ReferralContent content = ExampleReferrals.complete(TODAY, QUESTIONS);
        content.getCriteria().get(0).setAnswer(null);
        assertEquals(List.of("criteria[0].answer: Answer every criteria question"), problems(content));
    }

    @Test
    void aLookedAfterChildsDeathNeedsTheOfstedAndSecretaryOfStateDates() {
        ReferralContent content = ExampleReferrals.complete(TODAY, QUESTIONS);
        content.getChildren().get(0).setLookedAfter(true);
        content.getIncident().setHarm(IncidentDetails.Harm.DIED);
        assertEquals(2, problems(content).size(), problems(content).toString());
        content.setOfstedNotifiedOn(TODAY.minusDays(1));
        content.setSecretaryOfStateNotifiedOn(TODAY.minusDays(1));
        assertEquals(List.of(), problems(content));
    }

    @Test
    void aDraftKeepsEverythingThroughJsonEvenWhenInvalid() {
        ReferralContent content = ExampleReferrals.complete(TODAY, QUESTIONS);
        content.getChildren().get(0).setAgeYears(99);
        content.getIncident().setWhatHappened("");

        ReferralContent back = ContentJson.read(ContentJson.write(content));

        assertEquals(99, back.getChildren().get(0).getAgeYears());
        assertEquals("Jamie Smith", back.getChildren().get(0).getName());
        assertEquals(TODAY.minusDays(2), back.getIncident().getLocalAuthorityAwareOn());
        assertEquals(CriteriaAnswer.Answer.YES, back.getCriteria().get(0).getAnswer());
        assertEquals(ChildDetails.ProtectionPlan.CURRENT, back.getChildren().get(0).getChildProtectionPlan());
    }

    @Test
    void aGoodOutcomeReviewReferralHasItsOwnQuestionsAndNoIncident() {
        ReferralContent content = ExampleReferrals.goodOutcome(TODAY, QUESTIONS);
        assertEquals(List.of(), problems(content, ReferralKind.GOOD_OUTCOME));

        content.getGoodOutcome().setHowKnown(" ");
        assertEquals(List.of("goodOutcome.howKnown: Say how you know it made a difference"),
                problems(content, ReferralKind.GOOD_OUTCOME));
        assertTrue(problems(content, ReferralKind.PRACTICE_REVIEW).stream().anyMatch(p -> p.startsWith("incident.")),
                "the same content is not a complete Document 7");
    }

    @Test
    void aGoodOutcomeReviewReferralGivesItsObjectivesItsEvaluationAndWhatCouldStillImprove() {
        // §5.3: "clear objectives ... what was happening before", "the effect the change had on service
        // performance and outcomes through an evaluation process", "further areas for improvement".
        ReferralContent content = ExampleReferrals.goodOutcome(TODAY, QUESTIONS);
        content.getGoodOutcome().setObjectives(null);
        content.getGoodOutcome().setServicePerformance(" ");
        content.getGoodOutcome().setFurtherImprovement("");
        assertEquals(List.of(
                "goodOutcome.furtherImprovement: Name the further areas for improvement it showed (\u00a75.3)",
                "goodOutcome.objectives: Give the objectives: what was happening before, why the change was needed and"
                        + " how it was made (\u00a75.3)",
                "goodOutcome.servicePerformance: Describe the effect on service performance and outcomes, and how it was"
                        + " evaluated (\u00a75.3)"),
                problems(content, ReferralKind.GOOD_OUTCOME).stream().sorted().toList());
    }

    private static List<String> problems(ReferralContent content) {
        return problems(content, ReferralKind.PRACTICE_REVIEW);
    }

    private static List<String> problems(ReferralContent content, ReferralKind kind) {
        List<String> found = new ArrayList<>();
        for (ReferralStep step : kind.steps()) {
            VALIDATOR.validate(content, step.group()).stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().forEach(found::add);
            ContentChecks.crossField(content, step, TODAY).forEach(p -> found.add(p.field() + ": " + p.message()));
        }
        return found;
    }
}
