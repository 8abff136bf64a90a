package uk.safeguarding.reviews.practicereview.domain;

import java.util.List;
import java.util.Optional;

/**
 * The current partnership's practice reviews: how each began, its lead reviewer, its terms of reference
 * and its agreed report.
 */
public interface PracticeReviewRepository {

    void add(Commencement commencement);

    /** How the review {@code reviewId} began, if it is a practice review commenced here. */
    Optional<Commencement> commencementOf(String reviewId);

    /** The practice review commenced after the Rapid Review {@code rapidReviewId}, if any. */
    Optional<Commencement> commencedAfter(String rapidReviewId);

    void add(LeadReviewerAppointment appointment);

    /** The latest lead reviewer appointed to the review. */
    Optional<LeadReviewerAppointment> leadReviewerOf(String reviewId);

    /** Practice reviews commenced here with no lead reviewer appointed yet, the oldest decision first. */
    List<Commencement> awaitingLeadReviewer(int limit);

    /** Practice reviews commenced here whose National Panel has not been told of the decision, oldest first. */
    List<Commencement> panelNotInformed(int limit);

    void add(TermsOfReference terms);

    /** Every version of the review's terms of reference, the newest first. */
    List<TermsOfReference> termsOf(String reviewId);

    void add(Publication publication);

    /** Whether and how the review's report is published, if that was decided. */
    Optional<Publication> publicationOf(String reviewId);

    /** Publications planned whose copy has not gone to the National Panel, the soonest planned first. */
    List<Publication> panelCopiesDue(int limit);

    /** The reports online on the partnership's public page, the latest published first. */
    List<Publication> online();

    /** §8.3: the reports published from {@code first} to {@code last} inclusive, the earliest first. */
    List<Publication> publishedBetween(java.time.LocalDate first, java.time.LocalDate last);

    /** The report online under {@code publicId}, if it is online. */
    Optional<Publication> onlineByPublicId(String publicId);

    void add(FamilyMember member);

    /** The review's family members, in the order they were added. */
    List<FamilyMember> familyOf(String reviewId);

    /** One family member of the review, if it is one of the review's. */
    Optional<FamilyMember> familyMember(String reviewId, String memberId);

    void add(SummaryRating rating);

    /** An agency summary's ratings, the newest first (§10.3 e). */
    List<SummaryRating> ratingsOf(String requestId);

    /** The ratings given between the two moments that still stand (no newer rating of the same summary). */
    List<SummaryRating> standingRatingsBetween(java.time.OffsetDateTime from, java.time.OffsetDateTime to);

    /** Family members whose feedback is dated between the two days (§10.3 j). */
    List<FamilyMember> familyFeedbackBetween(java.time.LocalDate firstDay, java.time.LocalDate lastDay);

    void add(MethodologyChoice choice);

    /** The methodologies chosen for the review, the latest first. */
    List<MethodologyChoice> methodologiesOf(String reviewId);

    void add(AssuranceCheck check);

    /** The review's assurance checks, the latest first. */
    List<AssuranceCheck> assuranceChecksOf(String reviewId);

    void add(LearningReport report);

    /** The agreed report of the review, if there is one. */
    Optional<LearningReport> reportOf(String reviewId);

    /** The items of one of the partnership's lists, in order. */
    List<ListItem> items(PartnershipList list);

    /** Replaces the items of one of the partnership's lists. */
    void replaceItems(PartnershipList list, List<ListItem> items);

    void add(ReportVersion version);

    /** Every version of the review's written report, the latest first. */
    List<ReportVersion> reportVersionsOf(String reviewId);

    void add(AccuracyRequest request);

    void add(AccuracyComment comment);

    /** Every agency asked about the review's report, the earliest first. */
    List<AccuracyRequest> accuracyRequestsOf(String reviewId);

    Optional<AccuracyRequest> accuracyRequest(String id);

    /** The requests sent to any of these agencies, the latest first: what their contacts answer. */
    List<AccuracyRequest> accuracyRequestsTo(java.util.Collection<String> agencyIds, int limit);

    /** Every comment on the review's report, in the order made. */
    List<AccuracyComment> accuracyCommentsOf(String reviewId);

    Optional<AccuracyComment> accuracyComment(String id);

    void add(ReportSignOff signOff);

    /** Every partner's answer on the review's agreed versions, in the order given. */
    List<ReportSignOff> signOffsOf(String reviewId);

    Optional<ReportSignOff> signOff(String id);

    /** The reviews with a version of their report agreed: where the statutory partners sign off. */
    List<String> reviewsWithAgreedReports(int limit);

    /** The reviews with a declined sign-off waiting for the Safeguarding Executive. */
    List<String> reviewsWithDeclinedSignOffs(int limit);

    void add(LearningSummary summary);

    Optional<LearningSummary> learningSummaryOf(String reviewId);

    void add(Dissemination dissemination);

    /** Every occasion the review's learning was shared, the earliest first. */
    List<Dissemination> disseminationsOf(String reviewId);

    void add(FollowOnReview followOn);

    /** The local review opened after a Rapid Review, if any (§7.12). */
    Optional<FollowOnReview> followOnAfter(String rapidReviewId);

    void add(GroupMeeting meeting);

    /** The review's group meetings, by day. */
    List<GroupMeeting> groupMeetingsOf(String reviewId);

    /** The reviews with an agency's comment on their report's accuracy the review group has not yet dealt with. */
    List<String> reviewsWithUndisposedComments(int limit);

    void add(CopyRequest request);

    /** The requests for copies of the review's report after it came off the public page, the earliest first. */
    List<CopyRequest> copyRequestsOf(String reviewId);

    /** The partnership's family invitation wording, if it wrote its own. */
    Optional<FamilyLetterTemplate> familyLetterTemplate();

    void add(FamilyLetterTemplate template);

    void add(AgencyReview agencyReview);

    /** The individual agency review of a review, if its agency has been named (§4.2 table). */
    Optional<AgencyReview> agencyReviewOf(String reviewId);

    Optional<AgencyReview> agencyReview(String id);

    /** The individual agency reviews asked of any of these agencies, the latest first. */
    List<AgencyReview> agencyReviewsOf(java.util.Collection<String> agencyIds, int limit);

    void add(AgencyReviewRound round);

    /** The rounds of an individual agency review, the first first. */
    List<AgencyReviewRound> roundsOf(String agencyReviewId);

    /** The reviews whose agency has sent lessons the partnership has not yet scrutinised. */
    List<String> reviewsWithLessonsToScrutinise(int limit);
}
