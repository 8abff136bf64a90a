package uk.safeguarding.reviews.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.work.WorkItem;
import uk.safeguarding.reviews.kernel.work.WorkSource;
import uk.safeguarding.reviews.referral.domain.ReferralRepository;
import uk.safeguarding.reviews.referral.domain.ReferralRow;
import uk.safeguarding.reviews.referral.domain.ReferralStatus;

/**
 * The referrals waiting for the caller (issue 14 §2): a panel member's votes (§7.5), the business
 * unit's referrals to forward to the Virtual Panel (§7.4), and a referrer's referrals returned as
 * incomplete; each with its clock.
 */
@ApplicationScoped
@Transactional
public class ReferralWork implements WorkSource {

    @Inject
    private ReferralRepository referrals;

    @Inject
    private ClockService clocks;

    @Inject
    private ReferralDecisions decisions;

    @Override
    public List<WorkItem> waitingFor(Caller caller, int limit) {
        List<WorkItem> items = new ArrayList<>();
        if ((caller.hasRole(Role.PANEL_MEMBER) || caller.hasRole(Role.BUSINESS_MANAGER)) && decisions.votesNow(caller)) {
            items.addAll(items(referrals.awaitingVoteOf(caller.username(), limit), "Vote on the referral",
                    "panel-decision"));
        }
        if (caller.hasRole(Role.BUSINESS_MANAGER)) {
            items.addAll(items(referrals.rowsInStatus(ReferralStatus.SUBMITTED, limit),
                    "Check the referral and forward it to the Virtual Panel", "forward-to-panel"));
        }
        if (caller.hasRole(Role.INDEPENDENT_ADVISER)) {
            items.addAll(items(referrals.disputedAwaitingAdviser(limit),
                    "Give your view on the disputed decision of no review", "panel-decision"));
        }
        if (caller.hasRole(Role.AGENCY_VERIFIER)) {
            // Not yet received, so no reference: named by its one-line summary, for the verifier alone.
            referrals.awaitingVerificationBy(caller.username(), limit).forEach(row -> items.add(ClockLine.task(
                    "Verify the referral for your agency, or return it (\u00a77.3)", row.summary(),
                    "/app/referrals/view.xhtml?id=" + row.id(), java.util.Optional.empty())));
        }
        if (caller.hasRole(Role.REFERRER)) {
            items.addAll(items(referrals.returnedTo(caller.username(), limit),
                    "Complete the returned referral and submit it again", "incomplete-resubmission"));
        }
        if (caller.hasRole(Role.BUSINESS_MANAGER)) {
            // Keyed in from outside (§7.3-7.4), it is the business unit's to complete, whoever keyed it in.
            items.addAll(items(referrals.returnedKeyedIn(limit),
                    "Complete the returned referral and submit it again", "incomplete-resubmission"));
        }
        return items;
    }

    private List<WorkItem> items(List<ReferralRow> rows, String action, String clockKey) {
        Map<String, List<ClockLine>> clocksOf = clocks.ofSubjects(ReferralAccess.CLOCK_SUBJECT_TYPE,
                rows.stream().map(ReferralRow::id).toList());
        return rows.stream().map(row -> ClockLine.task(action, row.reference(), "/app/referrals/view.xhtml?id="
                + row.id(), ClockLine.openOfRule(clocksOf.getOrDefault(row.id(), List.of()), clockKey))).toList();
    }
}
