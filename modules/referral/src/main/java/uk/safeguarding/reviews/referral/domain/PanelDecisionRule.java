package uk.safeguarding.reviews.referral.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.safeguarding.reviews.thresholds.domain.PanelRule;

/**
 * How the Virtual Panel's votes become a decision (§7.5: "Two of the panel only are needed to be
 * quorate. Where there is not agreement, the decision will be based on the majority."), with the
 * partnership's quorum and its explicit tie rule. Conflicted votes are not counted. Plain Java, so
 * every case is unit-tested.
 */
public final class PanelDecisionRule {

    private PanelDecisionRule() {
    }

    /** Where the votes stand. */
    public sealed interface Tally extends java.io.Serializable permits NotQuorate, Decided, TiedForChair, TiedAwaitingVote {
    }

    /** Fewer counted votes than the quorum. */
    public record NotQuorate(int counted, int needed) implements Tally {
    }

    /** The panel has decided; {@code byTieRule} says a tie was settled by the partnership's rule. */
    public record Decided(PanelOutcome outcome, int votesFor, int counted, boolean byTieRule) implements Tally {
    }

    /** Tied, and the partnership's rule gives the decision to the chair. */
    public record TiedForChair(List<PanelOutcome> tied, int votesEach) implements Tally {
    }

    /** Tied, and the partnership's rule waits for another member's vote. */
    public record TiedAwaitingVote(List<PanelOutcome> tied, int votesEach) implements Tally {
    }

    public static Tally tally(List<PanelVote> votes, PanelRule rule) {
        List<PanelVote> counted = votes.stream().filter(PanelVote::counts).toList();
        if (counted.size() < rule.quorum()) {
            return new NotQuorate(counted.size(), rule.quorum());
        }
        Map<PanelOutcome, Integer> byOutcome = new EnumMap<>(PanelOutcome.class);
        counted.forEach(v -> byOutcome.merge(v.outcome(), 1, Integer::sum));
        int most = byOutcome.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<PanelOutcome> leading = byOutcome.entrySet().stream().filter(e -> e.getValue() == most)
                .map(Map.Entry::getKey).toList();
        if (leading.size() == 1) {
            return new Decided(leading.get(0), most, counted.size(), false);
        }
        return switch (rule.tieRule()) {
            case CHAIR_DECIDES -> new TiedForChair(leading, most);
            case COMMENCE_RAPID_REVIEW -> new Decided(PanelOutcome.COMMENCE_RAPID_REVIEW, most, counted.size(), true);
            case AWAIT_ANOTHER_VOTE -> new TiedAwaitingVote(leading, most);
        };
    }
}
