package uk.safeguarding.reviews.thresholds.domain;

import uk.safeguarding.reviews.kernel.InvalidFieldException;

/**
 * How the Virtual Panel decides (§7.5): {@code quorum} counted votes make a decision, the majority
 * of counted votes decides, and {@code tieRule} settles a tie. {@code panelSize} is how many members
 * the panel has, so a quorum the panel could never reach is refused.
 */
public record PanelRule(int quorum, int panelSize, TieRule tieRule) {

    public PanelRule {
        if (tieRule == null) {
            throw InvalidFieldException.refused("tieRule", "thresholds.panel-rule.choose-tie-rule");
        }
        if (panelSize < 1) {
            throw InvalidFieldException.refused("panelSize", "thresholds.panel-rule.at-least-one-member");
        }
        if (quorum < 1) {
            throw InvalidFieldException.refused("quorum", "thresholds.panel-rule.quorum-at-least-one");
        }
        if (quorum > panelSize) {
            throw InvalidFieldException.refused("quorum", "thresholds.panel-rule.quorum-larger-than-panel", quorum,
                    panelSize);
        }
    }
}
