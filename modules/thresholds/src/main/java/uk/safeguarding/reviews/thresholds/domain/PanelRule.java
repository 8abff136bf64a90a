package uk.safeguarding.reviews.thresholds.domain;

import java.util.Objects;

/**
 * How the Virtual Panel decides (§7.5): {@code quorum} counted votes make a decision, the majority
 * of counted votes decides, and {@code tieRule} settles a tie. {@code panelSize} is how many members
 * the panel has, so a quorum the panel could never reach is refused.
 */
public record PanelRule(int quorum, int panelSize, TieRule tieRule) {

    public PanelRule {
        Objects.requireNonNull(tieRule, "Choose what happens when the votes are tied");
        if (panelSize < 1) {
            throw new IllegalArgumentException("The panel needs at least one member");
        }
        if (quorum < 1) {
            throw new IllegalArgumentException("The quorum must be at least 1");
        }
        if (quorum > panelSize) {
            throw new IllegalArgumentException("A quorum of " + quorum + " is larger than the panel of " + panelSize
                    + ": the panel could never decide");
        }
    }
}
