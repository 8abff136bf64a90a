package uk.safeguarding.reviews.rapidreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.linking.application.LinkableReview;
import uk.safeguarding.reviews.linking.application.LinkableReviewSource;
import uk.safeguarding.reviews.linking.application.LinkedReviewFacts;
import uk.safeguarding.reviews.linking.application.LinkedReviewFacts.KeyDate;
import uk.safeguarding.reviews.linking.domain.LinkedKind;
import uk.safeguarding.reviews.linking.domain.SharedItem;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequest;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequestRepository;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeeting;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeetingRepository;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewSummary;

/**
 * A children's partnership's reviews as links show them (issue 6, §4.3): reference, kind, stage
 * and key dates, and only the items the partnership agreed to share. Never the child's name, the
 * referral or the chronology.
 */
@ApplicationScoped
public class ChildrenReviewLinkSource implements LinkableReviewSource {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** The clocks whose due day is a review's key date. */
    private static final Map<String, String> DUE_DATES = Map.of(
            "rapid-review", "Rapid Review due to the National Panel",
            "local-case-review", "Local case review due");

    @Inject
    private ReviewLookup reviews;

    @Inject
    private RapidReviewMeetingRepository meetings;

    @Inject
    private InformationRequestRepository requests;

    @Inject
    private ClockService clocks;

    @Override
    public List<LinkableReview> linkable(List<String> referencePatterns, int limit) {
        return reviews.withReferenceLike(referencePatterns, limit).stream()
                .map(review -> new LinkableReview(review.id(), review.reference(), kindOf(review))).toList();
    }

    @Override
    public Optional<LinkedReviewFacts> facts(String reviewId, Set<SharedItem> shared) {
        return reviews.find(reviewId == null ? "" : reviewId.strip()).map(review -> {
            Optional<RapidReviewMeeting> meeting = meetings.ofReview(review.id());
            List<InformationRequest> asked = requests.ofReview(review.id());
            Map<SharedItem, String> items = new EnumMap<>(SharedItem.class);
            if (shared.contains(SharedItem.CHAIR) && review.chair() != null) {
                items.put(SharedItem.CHAIR, review.chair());
            }
            if (shared.contains(SharedItem.AGENCIES) && !asked.isEmpty()) {
                items.put(SharedItem.AGENCIES, asked.stream().map(InformationRequest::agencyName).sorted()
                        .collect(Collectors.joining(", ")));
            }
            meeting.ifPresent(m -> {
                if (shared.contains(SharedItem.MEETING)) {
                    items.put(SharedItem.MEETING, RapidReviewMeetings.DAY_AND_TIME.format(m.startsAt().atZoneSameInstant(UK)));
                }
                if (shared.contains(SharedItem.OUTCOME) && m.finalRecommendation() != null) {
                    items.put(SharedItem.OUTCOME, m.finalRecommendation().label());
                }
            });
            String stage = review.handedOverTo() != null ? "Handed over to " + review.handedOverTo()
                    : reviews.stageName(review.id()).orElseThrow();
            return new LinkedReviewFacts(review.reference(), kindOf(review), stage, keyDates(review, meeting), items);
        });
    }

    private List<KeyDate> keyDates(ReviewSummary review, Optional<RapidReviewMeeting> meeting) {
        List<KeyDate> dates = new ArrayList<>();
        dates.add(new KeyDate("Opened", review.openedAt().toLocalDate()));
        clocks.ofSubject(ReviewSummary.CLOCK_SUBJECT_TYPE, review.id()).stream()
                .filter(clock -> DUE_DATES.containsKey(clock.ruleKey()))
                .forEach(clock -> dates.add(new KeyDate(DUE_DATES.get(clock.ruleKey()), clock.dueDay())));
        meeting.map(RapidReviewMeeting::reportSentAt)
                .ifPresent(sent -> dates.add(new KeyDate("Report sent to the National Panel", sent.toLocalDate())));
        return dates;
    }

    private static LinkedKind kindOf(ReviewSummary review) {
        return switch (review.kind()) {
            case RAPID_REVIEW -> LinkedKind.RAPID_REVIEW;
            case LOCAL_CASE_REVIEW -> LinkedKind.LOCAL_CASE_REVIEW;
            case GOOD_OUTCOME_REVIEW -> LinkedKind.GOOD_OUTCOME_REVIEW;
            case CHILD_SAFEGUARDING_PRACTICE_REVIEW -> LinkedKind.CHILD_SAFEGUARDING_PRACTICE_REVIEW;
            case INDIVIDUAL_AGENCY_REVIEW -> LinkedKind.INDIVIDUAL_AGENCY_REVIEW;
        };
    }
}
