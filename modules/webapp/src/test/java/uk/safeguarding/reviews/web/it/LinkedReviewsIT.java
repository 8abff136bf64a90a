package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.audit.AuditEvent;
import uk.safeguarding.reviews.audit.AuditOutcome;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.chronology.domain.ChronologyFilter;
import uk.safeguarding.reviews.handover.application.HandoverForm;
import uk.safeguarding.reviews.handover.application.Handovers;
import uk.safeguarding.reviews.identity.UserIdentity;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.linking.application.BoardReviewForm;
import uk.safeguarding.reviews.linking.application.BoardReviewSummary;
import uk.safeguarding.reviews.linking.application.BoardReviews;
import uk.safeguarding.reviews.linking.application.LinkForm;
import uk.safeguarding.reviews.linking.application.LinkedSetView;
import uk.safeguarding.reviews.linking.application.PossibleLink;
import uk.safeguarding.reviews.linking.application.PossibleLinks;
import uk.safeguarding.reviews.linking.application.LinkCandidate;
import uk.safeguarding.reviews.linking.application.LinkCandidates;
import uk.safeguarding.reviews.linking.application.ReviewLinks;
import uk.safeguarding.reviews.rapidreview.application.CompositeChronologies;
import uk.safeguarding.reviews.rapidreview.application.InformationRequests;
import uk.safeguarding.reviews.rapidreview.application.RapidReviewMeetings;
import uk.safeguarding.reviews.referral.application.ReferralAttachments;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.tenancy.domain.BoardKind;

/**
 * Linked reviews across boards (issue 6, §4.3) against PostgreSQL: the coordinator links a
 * children's partnership's Rapid Review with an adults board's SAR and sees, on the board, only what
 * each side agreed to share, every read audited in the board that owns it, and nothing unlinked;
 * links to reviews the person cannot see are refused; either side ends its part; and possible links
 * are found from keyed fingerprints without the platform schema ever holding an identity.
 */
@ExtendWith(ArquillianExtension.class)
class LinkedReviewsIT {

    /** The product's clock: bin/test --date moves it for this JVM and the test server alike. */
    private static final Clock CLOCK = ProductClock.configured();

    private static final Caller CHILDREN_MANAGER = new Caller("lk.manager", "Children's manager",
            Set.of(Role.BUSINESS_MANAGER, Role.PANEL_MEMBER));
    private static final Caller SAB_MANAGER = new Caller("lk.sab.manager", "Adults board manager",
            Set.of(Role.BUSINESS_MANAGER));

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestHelpers();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private ReferralService referrals;

    @Inject
    private CaseFixtures cases;

    @Inject
    private Handovers handovers;

    @Inject
    private ReferralAttachments attachments;

    @Inject
    private ReviewService reviews;

    @Inject
    private InformationRequests requests;

    @Inject
    private CompositeChronologies composites;

    @Inject
    private RapidReviewMeetings meetings;

    @Inject
    private BoardReviews boardReviews;

    @Inject
    private ReviewLinks links;

    @Inject
    private PossibleLinks possibleLinks;

    @Inject
    private AuditTrail audit;

    @Resource(lookup = "jdbc/safeguarding")
    private DataSource database;

    @Test
    void theCoordinatorSeesWhatEachLinkedBoardSharesAuditedThereAndNothingUnlinked() {
        ActiveTenant children = tenants.provision("it-lk-see-c");
        ActiveTenant adults = tenants.provision("it-lk-see-s", BoardKind.SAFEGUARDING_ADULTS_BOARD);
        String linkedReferral = submitted(children, "Jamie Smith", LocalDate.now(CLOCK).minusYears(7));
        String linkedReview = commenced(children, linkedReferral);
        String unlinkedReferral = submitted(children, "Robin Other", LocalDate.now(CLOCK).minusYears(4));
        String unlinkedReview = commenced(children, unlinkedReferral);
        cases.chair(children, linkedReview, "Independent Chair Ruth");
        cases.chair(children, unlinkedReview, "Unlinked Chair Una");
        BoardReviewSummary sar = recordSar(adults, "Alex Smith", LocalDate.of(1990, 3, 4), "Lead Reviewer Lee");
        BoardReviewSummary otherSar = recordSar(adults, "Other Person", LocalDate.of(1980, 1, 2), "Other Reviewer Olu");
        String linkedReference = as(children, CHILDREN_MANAGER, () -> reviews.view(linkedReview)).reference();
        String unlinkedReference = as(children, CHILDREN_MANAGER, () -> reviews.view(unlinkedReview)).reference();

        UserIdentity coordinator = coordinatorOf("lk.coordinator", children, adults);
        LinkForm form = link(children.slug() + "/" + linkedReview, adults.slug() + "/" + sar.id());
        form.setFirstShares(List.of("CHAIR"));
        form.setSecondShares(List.of("CHAIR"));
        as(children, coordinator.callerIn(children.slug()), () -> links.link(coordinator, form));

        List<LinkedSetView> board = as(adults, coordinator.callerIn(adults.slug()), () -> links.board(coordinator));

        assertEquals(1, board.size(), "one family's set");
        Map<String, LinkedSetView.Card> cards = new java.util.HashMap<>();
        board.get(0).reviews().forEach(card -> cards.put(card.reference(), card));
        assertEquals(Set.of(linkedReference, sar.reference()), cards.keySet());
        LinkedSetView.Card rr = cards.get(linkedReference);
        assertEquals("Rapid Review", rr.kind());
        assertTrue(rr.leads(), "the children's partnership leads");
        // The stage is the Rapid Review definition's first (issue 13 §1), no longer guessed from its meeting.
        assertEquals("Gathering information from agencies", rr.stage());
        assertTrue(rr.keyDates().stream().anyMatch(d -> d.label().startsWith("Rapid Review due")), rr.keyDates().toString());
        assertEquals(List.of(new LinkedSetView.Shared("Chair or lead reviewer", "Independent Chair Ruth")), rr.shared());
        LinkedSetView.Card sarCard = cards.get(sar.reference());
        assertEquals("Safeguarding Adults Review (SAR)", sarCard.kind());
        assertFalse(sarCard.leads());
        assertEquals("Scoping", sarCard.stage());
        assertEquals(List.of(new LinkedSetView.Shared("Chair or lead reviewer", "Lead Reviewer Lee")), sarCard.shared());
        String everythingShown = board.toString();
        for (String unseen : List.of(unlinkedReference, otherSar.reference(), "Unlinked Chair Una", "Other Reviewer Olu",
                "Jamie Smith", "Alex Smith", "Robin Other", "1990-03-04")) {
            assertFalse(everythingShown.contains(unseen), "the board shows nothing unlinked or personal: " + unseen);
        }
        assertTrue(viewed(children, linkedReview).stream().anyMatch(e -> e.outcome() == AuditOutcome.ALLOWED
                && e.actor().equals("lk.coordinator") && e.detail().contains("linked-reviews board")),
                "the read is in the children's partnership's own trail");
        assertTrue(viewed(adults, sar.id()).stream().anyMatch(e -> e.outcome() == AuditOutcome.ALLOWED
                && e.actor().equals("lk.coordinator") && e.detail().contains("linked-reviews board")),
                "and in the adults board's");

        // Every page of either board that takes an id, with every id, linked or not: nothing, and audited.
        Caller inChildren = coordinator.callerIn(children.slug());
        for (String id : List.of(linkedReview, unlinkedReview, linkedReferral, unlinkedReferral, sar.id())) {
            refused(children, inChildren, () -> reviews.view(id));
            refused(children, inChildren, () -> requests.ofReview(id));
            refused(children, inChildren, () -> requests.meetingOf(id));
            refused(children, inChildren, () -> requests.returnOf(id));
            refused(children, inChildren, () -> composites.view(id, ChronologyFilter.none(), true));
            refused(children, inChildren, () -> meetings.view(id));
            refused(children, inChildren, () -> referrals.detail(id));
            refused(children, inChildren, () -> referrals.content(id));
            refused(children, inChildren, () -> attachments.list(id));
        }
        refused(children, inChildren, () -> reviews.list(1));
        refused(children, inChildren, () -> referrals.inbox(1));
        Caller inAdults = coordinator.callerIn(adults.slug());
        for (String id : List.of(sar.id(), otherSar.id(), linkedReview)) {
            refused(adults, inAdults, () -> boardReviews.view(id));
        }
        refused(adults, inAdults, () -> boardReviews.list(1));
        refused(adults, inAdults, () -> possibleLinks.ofThisBoard());
        assertTrue(as(adults, SAB_MANAGER, () -> audit.historyOf("board-review", otherSar.id())).stream()
                .anyMatch(e -> e.actor().equals("lk.coordinator") && e.outcome() != AuditOutcome.ALLOWED),
                "the attempt on an unlinked SAR is in the adults board's trail");
    }

    @Test
    void aLinkNamingAReviewThePersonCannotSeeOrThatIsNotThereIsRefusedBesideTheField() {
        ActiveTenant children = tenants.provision("it-lk-bad-c");
        ActiveTenant adults = tenants.provision("it-lk-bad-s", BoardKind.SAFEGUARDING_ADULTS_BOARD);
        String review = commenced(children, submitted(children, "Jamie Smith", LocalDate.now(CLOCK).minusYears(7)));
        BoardReviewSummary sar = recordSar(adults, "Alex Smith", LocalDate.of(1990, 3, 4), null);
        UserIdentity onlyChildren = coordinatorOf("lk.children.only", children);
        Caller caller = onlyChildren.callerIn(children.slug());

        InvalidFieldException unseen = assertThrows(InvalidFieldException.class, () -> as(children, caller,
                () -> links.link(onlyChildren, link(children.slug() + "/" + review, adults.slug() + "/" + sar.id()))));
        assertEquals("second", unseen.field());
        assertTrue(unseen.getMessage().contains("cannot link that review"), unseen.getMessage());
        assertTrue(as(children, CHILDREN_MANAGER, () -> audit.historyOf("review", sar.id())).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && e.actor().equals("lk.children.only")));

        UserIdentity both = coordinatorOf("lk.both", children, adults);
        Caller bothCaller = both.callerIn(children.slug());
        InvalidFieldException missing = assertThrows(InvalidFieldException.class, () -> as(children, bothCaller,
                () -> links.link(both, link(children.slug() + "/" + review, adults.slug() + "/no-such-review"))));
        assertEquals("second", missing.field());
        assertTrue(missing.getMessage().contains("holds no such review"), missing.getMessage());
        InvalidFieldException sameBoard = assertThrows(InvalidFieldException.class, () -> as(children, bothCaller,
                () -> links.link(both, link(children.slug() + "/" + review, children.slug() + "/" + review))));
        assertEquals("second", sameBoard.field());
        LinkForm noLead = link(children.slug() + "/" + review, adults.slug() + "/" + sar.id());
        noLead.setLead(null);
        assertEquals("lead", assertThrows(InvalidFieldException.class, () -> as(children, bothCaller,
                () -> links.link(both, noLead))).field());
        LinkForm noAgreement = link(children.slug() + "/" + review, adults.slug() + "/" + sar.id());
        noAgreement.setSecondAgreedBy(" ");
        assertEquals("secondAgreedBy", assertThrows(InvalidFieldException.class, () -> as(children, bothCaller,
                () -> links.link(both, noAgreement))).field());

        as(children, bothCaller, () -> links.link(both, link(children.slug() + "/" + review, adults.slug() + "/" + sar.id())));
        InvalidFieldException twice = assertThrows(InvalidFieldException.class, () -> as(adults, both.callerIn(adults.slug()),
                () -> links.link(both, link(adults.slug() + "/" + sar.id(), children.slug() + "/" + review))));
        assertTrue(twice.getMessage().contains("already linked"), twice.getMessage());

        LinkForm elsewhere = link(children.slug() + "/" + review, null);
        elsewhere.setWhere(LinkForm.Where.ELSEWHERE);
        elsewhere.setElsewhereKind("CHILD_DEATH_REVIEW");
        assertEquals("elsewhereOwner", assertThrows(InvalidFieldException.class, () -> as(children, bothCaller,
                () -> links.link(both, elsewhere))).field());
        elsewhere.setElsewhereOwner("Northmoor CDOP");
        elsewhere.setElsewhereReference("CDOP-2026-17");
        as(children, bothCaller, () -> links.link(both, elsewhere));
        List<LinkedSetView> board = as(children, bothCaller, () -> links.board(both));
        assertEquals(1, board.size(), "the SAR and the CDR are one family's set through the child's review");
        assertEquals(3, board.get(0).reviews().size());
        assertTrue(board.get(0).reviews().stream().anyMatch(card -> card.heldElsewhere()
                && card.reference().equals("CDOP-2026-17") && card.boardName().equals("Northmoor CDOP")));
    }

    @Test
    void eitherBoardEndsItsPartWithAReasonAndBothTrailsRecordIt() {
        ActiveTenant children = tenants.provision("it-lk-end-c");
        ActiveTenant adults = tenants.provision("it-lk-end-s", BoardKind.SAFEGUARDING_ADULTS_BOARD);
        ActiveTenant third = tenants.provision("it-lk-end-t");
        String review = commenced(children, submitted(children, "Jamie Smith", LocalDate.now(CLOCK).minusYears(7)));
        BoardReviewSummary sar = recordSar(adults, "Alex Smith", LocalDate.of(1990, 3, 4), null);
        UserIdentity coordinator = coordinatorOf("lk.end.coordinator", children, adults);
        String linkId = as(children, coordinator.callerIn(children.slug()), () -> links.link(coordinator,
                link(children.slug() + "/" + review, adults.slug() + "/" + sar.id()))).id();

        assertThrows(RecordNotFoundException.class, () -> as(third, CHILDREN_MANAGER, () -> {
            links.endPart(linkId, "Not ours");
            return null;
        }), "another board finds no such link");
        assertEquals("endReason", assertThrows(InvalidFieldException.class, () -> as(adults, SAB_MANAGER, () -> {
            links.endPart(linkId, " ");
            return null;
        })).field());
        as(adults, SAB_MANAGER, () -> {
            links.endPart(linkId, "The SAR is closing; the family's review continues with the partnership");
            return null;
        });

        assertTrue(as(children, coordinator.callerIn(children.slug()), () -> links.board(coordinator)).isEmpty(),
                "an ended link shows nothing more");
        List<LinkedSetView.Link> ended = as(children, coordinator.callerIn(children.slug()), () -> links.ended(coordinator));
        assertEquals(1, ended.size());
        assertTrue(ended.get(0).second().contains("The SAR is closing"), ended.get(0).second());
        for (ActiveTenant board : List.of(children, adults)) {
            Caller reader = board == children ? CHILDREN_MANAGER : SAB_MANAGER;
            assertTrue(as(board, reader, () -> audit.historyOf("review-link", linkId)).stream()
                    .anyMatch(e -> e.detail() != null && e.detail().contains("ended its part")),
                    "the end is in " + board.slug() + "'s trail");
        }
        assertTrue(as(third, CHILDREN_MANAGER, () -> audit.historyOf("review-link", linkId)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED), "and the stranger's attempt in its own");
        assertEquals("endReason", assertThrows(InvalidFieldException.class, () -> as(adults, SAB_MANAGER, () -> {
            links.endPart(linkId, "Again");
            return null;
        })).field(), "a part ends once");
    }

    @Test
    void aLinkFollowsAReviewHandedOverToThePartnershipWhereTheIncidentHappened() {
        ActiveTenant children = tenants.provision("it-lk-move-c");
        ActiveTenant neighbour = tenants.provision("it-lk-move-n");
        ActiveTenant adults = tenants.provision("it-lk-move-s", BoardKind.SAFEGUARDING_ADULTS_BOARD);
        String referral = submitted(children, "Jamie Smith", LocalDate.now(CLOCK).minusYears(7));
        String review = commenced(children, referral);
        BoardReviewSummary sar = recordSar(adults, "Alex Smith", LocalDate.of(1990, 3, 4), null);
        UserIdentity coordinator = coordinatorOf("lk.move.coordinator", children, adults);
        String linkId = as(children, coordinator.callerIn(children.slug()), () -> links.link(coordinator,
                link(children.slug() + "/" + review, adults.slug() + "/" + sar.id()))).id();

        HandoverForm form = new HandoverForm();
        form.setToPartnership(neighbour.slug());
        form.setReason("The incident happened in the neighbouring area");
        form.setLegalBasis("Working Together 2018; Children Act 2004 s.16K");
        String handover = as(children, CHILDREN_MANAGER, () -> handovers.propose(referral, form)).id();
        String copy = as(neighbour, CHILDREN_MANAGER, () -> handovers.accept(handover)).copyReferralId();
        String movedReview = as(neighbour, CHILDREN_MANAGER, () -> referrals.detail(copy)).reviewId();
        String movedReference = as(neighbour, CHILDREN_MANAGER, () -> reviews.view(movedReview)).reference();

        List<LinkedSetView> board = as(adults, coordinator.callerIn(adults.slug()), () -> links.board(coordinator));
        assertEquals(1, board.size());
        List<LinkedSetView.Card> cards = board.get(0).reviews();
        assertTrue(cards.stream().anyMatch(card -> card.reference().equals(movedReference)
                && card.boardName().equals("Test partnership " + neighbour.slug())), cards.toString());
        assertEquals(2, cards.size(), "the SAR and the review where it is now, not the read-only original");
        assertTrue(as(neighbour, CHILDREN_MANAGER, () -> audit.historyOf("review-link", linkId)).stream()
                .anyMatch(e -> e.detail() != null && e.detail().contains("now names")),
                "the board the review went to has the link in its trail");
        assertTrue(as(adults, SAB_MANAGER, () -> audit.historyOf("review-link", linkId)).stream()
                .anyMatch(e -> e.detail() != null && e.detail().contains("now names")), "so has the adults board");
    }

    @Test
    void aBoardsOwnReviewRefusesBadInputBesideTheFieldAndAnotherBoardFindsNothingOfIt() {
        ActiveTenant children = tenants.provision("it-lk-own-c");
        ActiveTenant adults = tenants.provision("it-lk-own-s", BoardKind.SAFEGUARDING_ADULTS_BOARD);
        ActiveTenant otherAdults = tenants.provision("it-lk-own-o", BoardKind.SAFEGUARDING_ADULTS_BOARD);
        BoardReviewForm form = new BoardReviewForm();
        form.setSubjectName("Alex Smith");
        form.setSubjectBornOn(LocalDate.of(1990, 3, 4));
        form.setDecidedOn(LocalDate.now(CLOCK));
        assertEquals("kind", refusedField(children, () -> boardReviews.record(form)),
                "a children's partnership's reviews start from a referral");
        form.setSubjectName(" ");
        assertEquals("subjectName", refusedField(adults, () -> boardReviews.record(form)));
        form.setSubjectName("Alex Smith");
        form.setSubjectBornOn(LocalDate.now(CLOCK).plusDays(1));
        assertEquals("subjectBornOn", refusedField(adults, () -> boardReviews.record(form)));
        form.setSubjectBornOn(LocalDate.of(1990, 3, 4));
        form.setDecidedOn(null);
        assertEquals("decidedOn", refusedField(adults, () -> boardReviews.record(form)));
        BoardReviewSummary sar = recordSar(adults, "Alex Smith", LocalDate.of(1990, 3, 4), null);
        assertEquals("stage", refusedField(adults, () -> boardReviews.update(sar.id(), "NOT_A_STAGE", null)));
        assertEquals("updateId", refusedField(adults, () -> boardReviews.update(" ", "IN_PROGRESS", null)));

        assertThrows(RecordNotFoundException.class, () -> as(otherAdults, SAB_MANAGER, () -> boardReviews.view(sar.id())));
        assertThrows(RecordNotFoundException.class, () -> as(otherAdults, SAB_MANAGER,
                () -> boardReviews.update(sar.id(), "CLOSED", "Someone else")));
        assertTrue(as(otherAdults, SAB_MANAGER, () -> boardReviews.list(1)).items().stream()
                .noneMatch(r -> r.id().equals(sar.id())));
        assertTrue(as(otherAdults, SAB_MANAGER, () -> audit.historyOf("board-review", sar.id())).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED), "the attempts are in the other board's trail");
        assertEquals("Scoping", as(adults, SAB_MANAGER, () -> boardReviews.view(sar.id())).stage(), "nothing changed");
    }

    private static String refusedField(ActiveTenant board, Callable<?> attempt) {
        return assertThrows(InvalidFieldException.class, () -> as(board, SAB_MANAGER, attempt)).field();
    }

    @Test
    void possibleLinksMatchTheSamePersonAcrossProtocolBoardsWithoutStoringAnyIdentifier() throws Exception {
        ActiveTenant children = tenants.provision("it-lk-match-c");
        ActiveTenant neighbour = tenants.provision("it-lk-match-n");
        ActiveTenant adults = tenants.provision("it-lk-match-s", BoardKind.SAFEGUARDING_ADULTS_BOARD);
        ActiveTenant noProtocol = tenants.provision("it-lk-match-x");
        Caller admin = new Caller("lk.admin", "Platform admin", Set.of(Role.PLATFORM_ADMIN));
        as(children, admin, () -> {
            possibleLinks.agreeProtocol(children.slug(), neighbour.slug());
            possibleLinks.agreeProtocol(children.slug(), adults.slug());
            return null;
        });
        LocalDate born = LocalDate.now(CLOCK).minusYears(17).withDayOfMonth(9);
        String ours = submitted(children, "Jayden O'Neil-Smith", born);
        String theirs = submitted(neighbour, "JAYDEN Lee O\u2019NEIL-SMITH", born);
        String unrelatedBirthday = submitted(neighbour, "Jayden O'Neil-Smith", born.minusDays(1));
        String elsewhere = submitted(noProtocol, "Jayden ONeil-Smith", born);
        BoardReviewSummary sar = recordSar(adults, "  jayden  o'neil smith ", born, null);

        String ourReference = as(children, CHILDREN_MANAGER, () -> referrals.detail(ours)).reference();
        String theirReference = as(neighbour, CHILDREN_MANAGER, () -> referrals.detail(theirs)).reference();
        List<PossibleLink> found = as(children, CHILDREN_MANAGER, () -> possibleLinks.ofThisBoard());
        assertEquals(List.of(new PossibleLink(ourReference, "Test partnership " + neighbour.slug(), theirReference)),
                found.stream().filter(p -> p.otherBoardName().contains(neighbour.slug())).toList(),
                "spelling, case, a middle name and the apostrophe do not hide the child; a different birthday does");
        assertFalse(found.stream().anyMatch(p -> p.otherBoardName().contains(noProtocol.slug())),
                "a board without a protocol is never compared");
        assertFalse(found.stream().anyMatch(p -> p.otherBoardName().contains(adults.slug())),
                "'oneil smith' is not 'oneilsmith': the surname's spelling counts");
        List<PossibleLink> neighbourSees = as(neighbour, CHILDREN_MANAGER, () -> possibleLinks.ofThisBoard());
        assertEquals(List.of(new PossibleLink(theirReference, "Test partnership " + children.slug(), ourReference)),
                neighbourSees, "both business managers are prompted");
        assertTrue(as(noProtocol, CHILDREN_MANAGER, () -> possibleLinks.ofThisBoard()).isEmpty());
        assertTrue(as(adults, SAB_MANAGER, () -> possibleLinks.ofThisBoard()).isEmpty(), sar.reference());

        List<String> platformValues = new ArrayList<>();
        for (String table : List.of("subject_fingerprint", "review_link", "board_protocol")) {
            platformValues.addAll(allValues("SELECT * FROM platform." + table));
        }
        assertTrue(platformValues.stream().anyMatch(v -> v.matches("[0-9a-f]{64}")), "the fingerprints are there");
        for (String identifier : List.of("jayden", "neil", "smith", born.toString(),
                born.format(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy")))) {
            assertTrue(platformValues.stream().noneMatch(v -> v.toLowerCase(Locale.ROOT).contains(identifier.toLowerCase(Locale.ROOT))
                    && !v.matches("[0-9a-f]{64}")), "no platform table holds " + identifier);
        }
        assertTrue(unrelatedBirthday != null && elsewhere != null);
    }

    private List<String> allValues(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            ResultSetMetaData columns = rows.getMetaData();
            while (rows.next()) {
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    String value = rows.getString(i);
                    if (value != null) {
                        values.add(value);
                    }
                }
            }
        }
        return values;
    }

    private static void refused(ActiveTenant board, Caller caller, Callable<?> attempt) {
        RuntimeException refusal = assertThrows(RuntimeException.class, () -> as(board, caller, attempt));
        assertTrue(refusal instanceof RecordNotFoundException || refusal instanceof AccessDeniedException,
                "refused as not found or not allowed: " + refusal);
    }

    private List<AuditEvent> viewed(ActiveTenant board, String reviewId) {
        Caller reader = new Caller("lk.auditor", "Auditor", Set.of(Role.BUSINESS_MANAGER));
        return as(board, reader, () -> audit.historyOf("review", reviewId));
    }

    /**
     * Issue 13 §4: a board may hold thousands of reviews, so the choosers list at most
     * {@link ReviewLinks#CANDIDATES_PER_BOARD} of each board and say which boards hold more (no silent
     * cut), and a search by reference finds any review, older ones included, two at once for the two
     * sides of a link; a board the person does not coordinate for is never searched.
     */
    @Test
    void theChoosersFindAnyReviewByReferenceAndSayWhenABoardHoldsMoreThanTheyList() {
        ActiveTenant children = tenants.provision("it-lk-find-c");
        ActiveTenant adults = tenants.provision("it-lk-find-s", BoardKind.SAFEGUARDING_ADULTS_BOARD);
        String review = commenced(children, submitted(children, "Jamie Smith", LocalDate.now(CLOCK).minusYears(7)));
        String reviewReference = as(children, CHILDREN_MANAGER, () -> reviews.view(review)).reference();
        List<BoardReviewSummary> sars = new ArrayList<>();
        for (int i = 0; i <= ReviewLinks.CANDIDATES_PER_BOARD; i++) {
            sars.add(recordSar(adults, "Adult " + i, LocalDate.of(1980, 1, 1).plusDays(i), null));
        }
        BoardReviewSummary oldest = sars.get(0);
        UserIdentity both = coordinatorOf("lk.finder", children, adults);
        Caller inChildren = both.callerIn(children.slug());

        LinkCandidates newest = as(children, inChildren, () -> links.candidates(both, null));
        assertEquals(ReviewLinks.CANDIDATES_PER_BOARD + 1, newest.reviews().size(), "50 SARs and the Rapid Review");
        assertEquals(1, newest.boardsWithMore().size(), "the adults board says it holds more");
        assertTrue(newest.reviews().stream().noneMatch(c -> c.reviewId().equals(oldest.id())), "the oldest is not listed");

        LinkCandidates found = as(children, inChildren, () -> links.candidates(both,
                " " + oldest.reference().toLowerCase(java.util.Locale.ROOT) + ", " + reviewReference + " "));
        assertEquals(java.util.Set.of(review, oldest.id()), found.reviews().stream().map(LinkCandidate::reviewId)
                .collect(java.util.stream.Collectors.toSet()), "both sides of the link, whatever the case typed");
        assertEquals(found.reviews().stream().map(LinkCandidate::boardName).sorted().toList(),
                found.reviews().stream().map(LinkCandidate::boardName).toList(), "boards in the order of their names");
        assertEquals(List.of(), found.boardsWithMore());
        assertEquals(List.of(), as(children, inChildren, () -> links.candidates(both, "%")).reviews(),
                "a wildcard is taken literally");

        UserIdentity childrenOnly = coordinatorOf("lk.finder.children", children);
        assertEquals(List.of(), as(children, childrenOnly.callerIn(children.slug()), () -> links.candidates(childrenOnly,
                oldest.reference())).reviews(), "another board's reviews are not searched");
    }

    private static UserIdentity coordinatorOf(String username, ActiveTenant... boards) {
        List<String> groups = new ArrayList<>();
        for (ActiveTenant board : boards) {
            groups.add("/partnerships/" + board.slug() + "/inter-board-coordinator");
        }
        return UserIdentity.fromGroupsClaim(username, username, groups);
    }

    private static LinkForm link(String first, String second) {
        LinkForm form = new LinkForm();
        form.setFirst(first);
        form.setSecond(second);
        form.setLead("A");
        form.setArrangement("PARALLEL");
        form.setFirstAgreedBy("Children's business manager, Sam Lee");
        form.setSecondAgreedBy("Adults board manager, Kim Ray");
        return form;
    }

    private BoardReviewSummary recordSar(ActiveTenant board, String name, LocalDate born, String lead) {
        BoardReviewForm form = new BoardReviewForm();
        form.setSubjectName(name);
        form.setSubjectBornOn(born);
        form.setDecidedOn(LocalDate.now(CLOCK).minusDays(2));
        form.setLeadReviewer(lead);
        return as(board, SAB_MANAGER, () -> boardReviews.record(form));
    }

    private String submitted(ActiveTenant partnership, String childName, LocalDate born) {
        return cases.submittedReferral(partnership, childName, born);
    }

    private String commenced(ActiveTenant partnership, String referralId) {
        return cases.rapidReviewOf(partnership, CHILDREN_MANAGER, referralId);
    }
}
