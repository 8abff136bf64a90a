package uk.safeguarding.reviews.review.domain.kind;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.safeguarding.reviews.kernel.RefusedException;

/**
 * A kind of review as a partnership runs it: its key (as the thresholds name it), its name, its
 * reference prefix (RR-2026-0001), the policy it follows, the decisions that open a review of it
 * ({@code openedBy}: the Virtual Panel's on a referral, the partners' after a Rapid Review), and its
 * stages, the first of which a review opens at. Checked as a whole by {@link KindDefinitionFormat}
 * when saved.
 */
public record KindDefinition(String key, String name, String referencePrefix, String policyReference,
        List<String> openedBy, List<StageDefinition> stages) implements java.io.Serializable {

    public KindDefinition {
        openedBy = List.copyOf(openedBy);
        stages = List.copyOf(stages);
    }

    /** Whether the decision {@code decisionKey} opens a review of this kind. */
    public boolean isOpenedBy(String decisionKey) {
        return openedBy.contains(decisionKey);
    }

    public StageDefinition first() {
        return stages.get(0);
    }

    public Optional<StageDefinition> stage(String stageKey) {
        return stages.stream().filter(s -> s.key().equals(stageKey)).findFirst();
    }

    /** The stage's name, or its key if this version no longer has it (a review received by handover). */
    public String stageName(String stageKey) {
        return stage(stageKey).map(StageDefinition::name).orElse(stageKey);
    }

    /** RR-2026-0001: the kind's prefix, the year it opened and its number in the partnership. */
    public String reference(int year, long number) {
        return String.format(Locale.ROOT, "%s-%d-%04d", referencePrefix, year, number);
    }

    /**
     * Where the review goes when the work that takes {@code exitKey} is done at {@code stageKey};
     * refused, with what the stage allows instead, if that stage has no such exit.
     */
    public Transition leave(String stageKey, String exitKey) {
        StageDefinition from = stage(stageKey).orElseThrow(() ->
                RefusedException.because("review.kind-definition.review-stage-no-longer-has", stageKey, name));
        StageExit exit = from.exit(exitKey).orElseThrow(() -> from.isFinal()
                ? RefusedException.because("review.kind-definition.last-stage-reached", from.name())
                : RefusedException.because("review.kind-definition.moves-on-only-by", from.name(),
                        String.join(" or ", from.exits().stream().map(StageExit::name).toList())));
        return new Transition(from, exit, stage(exit.to()).orElseThrow());
    }
}
