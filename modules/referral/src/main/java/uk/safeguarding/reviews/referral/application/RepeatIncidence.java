package uk.safeguarding.reviews.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.referral.domain.Referral;
import uk.safeguarding.reviews.referral.domain.ReferralRepository;
import uk.safeguarding.reviews.referral.domain.RepeatJudgement;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewLookup.CompletedReview;
import uk.safeguarding.reviews.themes.application.ThemeLine;
import uk.safeguarding.reviews.themes.application.ThemesOfRecords;

/**
 * §10.3 i "no repeat incidence in same circumstances following implementation of actions": a
 * referral that shares a theme with a completed review of the partnership (not the review it opened
 * itself) is compared with it by those who decide on referrals (§10.1), who record whether it repeats
 * that review's circumstances and why. The executive's figures count the judgements.
 */
@ApplicationScoped
@Transactional
public class RepeatIncidence {

    /** §10.1: the Virtual Panel and the business manager decide on referrals. */
    static final Role[] JUDGES = {Role.BUSINESS_MANAGER, Role.PANEL_MEMBER, Role.INDEPENDENT_ADVISER};

    @Inject
    private ReferralAccess access;

    @Inject
    private ReferralRepository referrals;

    @Inject
    private ThemesOfRecords themes;

    @Inject
    private ReviewLookup reviews;

    @Inject
    private RoleGate roles;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A completed review a referral shares themes with, and the newest judgement against it, if any. */
    public record Candidate(String reviewId, String reference, String kindName, List<String> sharedThemes,
            Judgement judgement) implements Serializable {

        /** "Neglect, Domestic abuse". */
        public String sharedThemesText() {
            return String.join(", ", sharedThemes);
        }
    }

    /** A judgement as pages show it. */
    public record Judgement(boolean sameCircumstances, String reasoning, String judgedBy, OffsetDateTime judgedAt)
            implements Serializable {
    }

    /** The completed reviews the referral shares themes with, each with its newest judgement. */
    public record RepeatView(String referralId, String reference, boolean themed, List<Candidate> candidates)
            implements Serializable {

        public Candidate candidate(String reviewId) {
            return candidates.stream().filter(c -> c.reviewId().equals(reviewId)).findFirst().orElse(null);
        }
    }

    /** Whether the signed-in person decides on referrals and so judges repeat incidence, asked quietly (what a page offers). */
    public boolean offered() {
        return uk.safeguarding.reviews.tenancy.api.TenantContext.caller().hasAnyRole(JUDGES);
    }

    /** For those who decide on referrals; anyone else, or a referral they may not open, is refused or not found (audited). */
    public RepeatView of(String referralId) {
        Caller caller = roles.require(AuditAction.VIEW, ReferralService.RECORD_TYPE, referralId, JUDGES);
        Referral referral = access.findVisible(referralId, caller, AuditAction.VIEW);
        return view(referral);
    }

    /**
     * Records the judgement against one of the referral's completed reviews: refused beside the
     * question without an answer and beside the reasoning without one; a review it shares no theme
     * with is not found (audited).
     */
    public RepeatView judge(String referralId, String reviewId, Boolean same, String reasoning) {
        Caller caller = roles.require(AuditAction.UPDATE, ReferralService.RECORD_TYPE, referralId, JUDGES);
        Referral referral = access.findVisible(referralId, caller, AuditAction.UPDATE);
        Candidate candidate = view(referral).candidate(reviewId == null ? "" : reviewId.strip());
        if (candidate == null) {
            throw audit.notFound(AuditAction.UPDATE, "review", reviewId);
        }
        RepeatJudgement judgement = RepeatJudgement.of(referral.id(), candidate.reviewId(), candidate.reference(), same,
                reasoning, caller.displayName(), OffsetDateTime.now(clock));
        referrals.add(judgement);
        audit.allowed(AuditAction.UPDATE, ReferralService.RECORD_TYPE, referral.id(), "repeat incidence (\u00a710.3 i)"
                + " against " + candidate.reference() + ": " + (judgement.sameCircumstances() ? "the same circumstances"
                        : "not the same circumstances") + "; " + judgement.reasoning());
        return view(referral);
    }

    private RepeatView view(Referral referral) {
        Map<String, List<ThemeLine>> themed = themes.of(ReferralService.RECORD_TYPE, List.of(referral.id()));
        List<Candidate> candidates = candidatesOf(themed).getOrDefault(referral.id(), List.of());
        return new RepeatView(referral.id(), referral.label(), themed.containsKey(referral.id()), candidates);
    }

    /**
     * For each referral among {@code themedReferrals} (its themes, by id), the completed reviews it
     * shares a theme with, other than a review opened from it, each with the newest judgement.
     */
    Map<String, List<Candidate>> candidatesOf(Map<String, List<ThemeLine>> themedReferrals) {
        Set<String> codes = new LinkedHashSet<>();
        themedReferrals.values().forEach(lines -> lines.forEach(line -> codes.add(line.code())));
        Map<String, List<ThemeLine>> themedReviews = themes.sharing("review", codes);
        Map<String, CompletedReview> completed = reviews.completedAmong(themedReviews.keySet());
        Map<String, Judgement> newest = new HashMap<>();
        for (RepeatJudgement j : referrals.repeatJudgementsOf(themedReferrals.keySet())) {
            newest.put(j.referralId() + " " + j.reviewId(), new Judgement(j.sameCircumstances(), j.reasoning(),
                    j.judgedBy(), j.judgedAt()));
        }
        Map<String, List<Candidate>> found = new LinkedHashMap<>();
        themedReferrals.forEach((referralId, lines) -> {
            Set<String> own = new LinkedHashSet<>(lines.stream().map(ThemeLine::code).toList());
            List<Candidate> candidates = new ArrayList<>();
            for (CompletedReview review : completed.values()) {
                if (referralId.equals(review.referralId())) {
                    continue;
                }
                List<String> shared = themedReviews.getOrDefault(review.id(), List.of()).stream()
                        .filter(line -> own.contains(line.code())).map(ThemeLine::label).toList();
                if (!shared.isEmpty()) {
                    candidates.add(new Candidate(review.id(), review.reference(), review.kindName(), shared,
                            newest.get(referralId + " " + review.id())));
                }
            }
            if (!candidates.isEmpty()) {
                found.put(referralId, candidates);
            }
        });
        return found;
    }
}
