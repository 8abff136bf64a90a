package uk.safeguarding.reviews.review.domain.kind;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguarding.reviews.clocks.domain.ClockRule;
import uk.safeguarding.reviews.clocks.domain.PolicyDefaults;
import uk.safeguarding.reviews.clocks.domain.StartEvent;

/**
 * The vocabulary of a partnership on the 2019 policy's clock rules, with the guards, documents, work
 * and opening decisions the product has.
 */
final class Vocabularies {

    static final DefinitionVocabulary POLICY_2019 = new DefinitionVocabulary(
            PolicyDefaults.RULES_2019.stream().map(ClockRule::key).collect(Collectors.toSet()),
            Set.of("outcome-final"),
            Set.of("agency-summary-template", "chronology-form", "request-letter", "meeting-invitation",
                    "meeting-papers", "composite-chronology", "rapid-review-report", "outcome-letter"),
            Arrays.stream(StartEvent.values()).map(Enum::name).collect(Collectors.toSet()),
            Set.of("requests-sent", "meeting-held", "report-sent", "panel-responded", "lead-reviewer-appointed", "report-agreed",
                    "learning-summary-agreed", "learning-disseminated", "agency-review-commissioned",
                    "agency-lessons-sent", "agency-learning-addressed", "agency-lessons-returned"),
            Set.of("panel-rapid-review", "panel-local-case-review", "panel-good-outcome-review",
                    "panel-individual-agency-review", "rapid-review-practice-review", "rapid-review-local-review"));

    private Vocabularies() {
    }
}
