package uk.safeguarding.reviews.rapidreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.safeguarding.reviews.agencies.application.AgencyLookup;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.rapidreview.domain.Escalation;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequestRepository;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeeting;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeetingRepository;
import uk.safeguarding.reviews.review.application.NamedOnReview;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.thresholds.application.ThresholdsService;

/**
 * Who a Rapid Review names, and so who may see it without an assignment (issue 14 §1): the named
 * contacts of each agency asked for information (§7.7; they are the meeting's invitees, §7.10); once
 * the outcome is recorded, each statutory partner's representative asked to endorse it, and whoever
 * has endorsed it (§7.12); once it is escalated to the Safeguarding Executive, the executive (§7.12).
 */
@ApplicationScoped
@Transactional
public class RapidReviewNamings implements NamedOnReview {

    @Inject
    private RapidReviewMeetingRepository meetings;

    @Inject
    private InformationRequestRepository requests;

    @Inject
    private AgencyLookup agencies;

    @Inject
    private Endorsers endorsers;

    @Inject
    private ReviewLookup reviews;

    @Inject
    private ThresholdsService thresholds;

    @Override
    public boolean names(String reviewId, Caller caller) {
        if (!mayBeNamed(caller)) {
            return false;
        }
        Set<String> theirAgencies = agenciesOf(caller);
        return requests.ofReview(reviewId).stream().anyMatch(r -> theirAgencies.contains(r.agencyId()))
                || meetings.ofReview(reviewId).filter(m -> names(m, caller)).isPresent();
    }

    @Override
    public List<String> reviewsNaming(Caller caller) {
        if (!mayBeNamed(caller)) {
            return List.of();
        }
        Set<String> named = new LinkedHashSet<>(requests.reviewsAsking(agenciesOf(caller)));
        meetings.withOutcome().stream().filter(m -> names(m, caller)).map(RapidReviewMeeting::reviewId)
                .forEach(named::add);
        return List.copyOf(named);
    }

    /** Only the roles that see a review when it names them ask (the others see all, or none). */
    private static boolean mayBeNamed(Caller caller) {
        return ReviewAct.SEE.allows(caller.roles()) && !ReviewAct.SEE.allowsEverywhere(caller.roles());
    }

    private Set<String> agenciesOf(Caller caller) {
        return agencies.idsOfContact(caller.username());
    }

    private boolean names(RapidReviewMeeting meeting, Caller caller) {
        if (meeting.recommendation() == null) {
            return false;
        }
        if (caller.hasRole(Role.EXECUTIVE) && meeting.escalations().stream()
                .anyMatch(e -> e.level() == Escalation.Level.SAFEGUARDING_EXECUTIVE)) {
            return true;
        }
        if (meeting.endorsements().stream().anyMatch(e -> e.username().equalsIgnoreCase(caller.username()))) {
            return true;
        }
        return caller.hasRole(Role.STATUTORY_PARTNER) && reviews.find(meeting.reviewId())
                .map(review -> !endorsers.mayEndorseFor(caller, meeting,
                        thresholds.statutoryPartners(review.thresholdVersion())).isEmpty())
                .orElse(false);
    }
}
