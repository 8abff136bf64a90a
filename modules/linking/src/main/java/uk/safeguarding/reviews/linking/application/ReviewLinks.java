package uk.safeguarding.reviews.linking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.identity.UserIdentity;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.Texts;
import uk.safeguarding.reviews.kernel.search.ReferenceSearch;
import uk.safeguarding.reviews.linking.domain.Arrangement;
import uk.safeguarding.reviews.linking.domain.LinkSets;
import uk.safeguarding.reviews.linking.domain.LinkSide;
import uk.safeguarding.reviews.linking.domain.LinkedKind;
import uk.safeguarding.reviews.linking.domain.ReviewLink;
import uk.safeguarding.reviews.linking.domain.ReviewLinkStore;
import uk.safeguarding.reviews.linking.domain.SharedItem;
import uk.safeguarding.reviews.review.application.ReviewHandedOver;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.tenancy.api.TenantCrossing;
import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.tenancy.domain.TenantRegistry;

/**
 * Links between boards' reviews (§4.3) and the inter-board coordinator's board. A link is made by a
 * person who is the coordinator or the business manager of every board whose review it names, so
 * they can see both; it records who agreed for each side. The board shows, for each family's set of
 * linked reviews, only what each side agreed to share, read from the owning board and audited there.
 */
@ApplicationScoped
public class ReviewLinks {

    static final String RECORD_TYPE = "review-link";
    private static final Role[] LINKERS = {Role.INTER_BOARD_COORDINATOR, Role.BUSINESS_MANAGER};

    /** How many of a board's reviews the chooser lists at once; a search by reference finds the rest. */
    public static final int CANDIDATES_PER_BOARD = 50;

    @Inject
    private ReviewLinkStore store;

    @Inject
    private LinkedReviewReader reader;

    @Inject
    private TenantCrossing crossing;

    @Inject
    private TenantRegistry registry;

    @Inject
    private AuditTrail audit;

    @Inject
    private RoleGate roles;

    @Inject
    private Clock clock;

    /**
     * The reviews the person may link, of each board they coordinate for or manage: those whose
     * reference has any of the words {@code search} holds (issue 13 §4: a board may hold thousands),
     * or the newest when nothing is typed; at most {@link #CANDIDATES_PER_BOARD} of each board, and
     * the boards that hold more say so, so nothing is cut silently.
     */
    public LinkCandidates candidates(UserIdentity who, String search) {
        roles.require(AuditAction.LIST, RECORD_TYPE, null, LINKERS);
        List<String> patterns = ReferenceSearch.patterns(search);
        List<LinkCandidate> shown = new ArrayList<>();
        List<String> boardsWithMore = new ArrayList<>();
        // Boards in the order of their names, so the choosers read the same at every visit.
        for (Tenant board : boardsWhere(who, LINKERS).stream().sorted(Comparator.comparing(Tenant::displayName)).toList()) {
            List<LinkableReview> found = crossing.callIn(board.asActive(), who.callerIn(board.slug()),
                    () -> reader.linkable(patterns, CANDIDATES_PER_BOARD + 1, "for linking"));
            if (found.size() > CANDIDATES_PER_BOARD) {
                boardsWithMore.add(board.displayName());
            }
            found.stream().limit(CANDIDATES_PER_BOARD).forEach(review -> shown.add(new LinkCandidate(board.slug(),
                    board.displayName(), review.id(), review.reference(), review.kind())));
        }
        return new LinkCandidates(shown, boardsWithMore);
    }

    /**
     * Links two reviews. Each named review must be one the person can see; the second may be a
     * review held outside the product. Audited in the board the person works in and in each board
     * the link names.
     */
    @Transactional
    public ReviewLink link(UserIdentity who, LinkForm form) {
        Caller caller = roles.require(AuditAction.CREATE, RECORD_TYPE, null, LINKERS);
        Named first = resolve(who, "first", Texts.required("first", form.getFirst(),
                "linking.review-links.choose-review-link"));
        String firstAgreedBy = Texts.required("firstAgreedBy", form.getFirstAgreedBy(),
                "linking.review-links.enter-who-agreed-first-review");
        LinkSide a = LinkSide.onInstance(first.board().slug(), first.review().id(), first.review().reference(),
                first.review().kind(), sharesOf("firstShares", form.getFirstShares()), firstAgreedBy);
        LinkSide b;
        if (form.getWhere() == LinkForm.Where.ELSEWHERE) {
            LinkedKind kind = elsewhereKind(form.getElsewhereKind());
            String owner = Texts.required("elsewhereOwner", form.getElsewhereOwner(),
                    "linking.review-links.enter-who-holds-review-such");
            String reference = Texts.required("elsewhereReference", form.getElsewhereReference(),
                    "linking.review-links.enter-review-reference-owner-gives");
            b = LinkSide.heldElsewhere(owner, reference, kind, Texts.required("secondAgreedBy",
                    form.getSecondAgreedBy(), "linking.review-links.enter-who-agreed-review-held"));
        } else {
            Named second = resolve(who, "second", Texts.required("second", form.getSecond(),
                    "linking.review-links.choose-review-link-with"));
            if (second.board().slug().equals(first.board().slug())) {
                throw InvalidFieldException.refused("second", "linking.review-links.choose-review-another-board-link");
            }
            b = LinkSide.onInstance(second.board().slug(), second.review().id(), second.review().reference(),
                    second.review().kind(), sharesOf("secondShares", form.getSecondShares()),
                    Texts.required("secondAgreedBy", form.getSecondAgreedBy(),
                            "linking.review-links.enter-who-agreed-second-review"));
        }
        ReviewLink.Side lead = choice("lead", form.getLead(), ReviewLink.Side.class, "linking.review-links.choose-lead");
        Arrangement arrangement = choice("arrangement", form.getArrangement(), Arrangement.class,
                "linking.review-links.choose-arrangement");
        if (store.ofReview(a.tenant(), a.reviewId()).stream().filter(ReviewLink::isLive)
                .anyMatch(link -> Set.of(link.a().reviewKey(), link.b().reviewKey())
                        .equals(Set.of(a.reviewKey(), b.reviewKey())))) {
            throw InvalidFieldException.refused(form.getWhere() == LinkForm.Where.ELSEWHERE ? "elsewhereReference" : "second", "linking.review-links.these-two-reviews-are-already");
        }
        ReviewLink link = ReviewLink.create(arrangement, lead, a, b, caller.username(), OffsetDateTime.now(clock));
        store.add(link);
        String detail = describe(link) + "; " + link.leadSide().reference() + " leads; " + arrangement.name().toLowerCase()
                + "; " + a.reference() + " shares " + labels(a.shares()) + " (agreed by " + a.agreedBy() + "); "
                + b.reference() + " shares " + labels(b.shares()) + " (agreed by " + b.agreedBy() + ")";
        auditInEachBoard(link, AuditAction.CREATE, "linked: " + detail);
        return link;
    }

    /**
     * The coordinator's board: each family's set of live links touching a board they coordinate for,
     * with each review's kind, stage, key dates and lead, and the items each side shares.
     */
    public List<LinkedSetView> board(UserIdentity who) {
        roles.require(AuditAction.VIEW, RECORD_TYPE, null, Role.INTER_BOARD_COORDINATOR);
        List<String> mine = coordinatedBoards(who);
        String here = TenantContext.tenant().slug();
        boolean mayEndHere = TenantContext.caller().hasAnyRole(LINKERS);
        List<LinkedSetView> sets = new ArrayList<>();
        for (List<ReviewLink> set : LinkSets.of(store.touching(mine))) {
            sets.add(new LinkedSetView(cards(who, set), set.stream().map(link -> view(link, here, mayEndHere)).toList()));
        }
        return sets;
    }

    /** Ended links touching the boards the person coordinates for, newest first: kept on the record. */
    public List<LinkedSetView.Link> ended(UserIdentity who) {
        roles.require(AuditAction.LIST, RECORD_TYPE, null, Role.INTER_BOARD_COORDINATOR);
        List<String> mine = coordinatedBoards(who);
        return store.touching(mine).stream().filter(link -> !link.isLive())
                .sorted((x, y) -> y.createdAt().compareTo(x.createdAt()))
                .map(link -> view(link, TenantContext.tenant().slug(), false)).toList();
    }

    /** This board ends its part of a link, with its reason; the other side's board is told through its trail. */
    @Transactional
    public void endPart(String linkId, String reason) {
        Caller caller = roles.require(AuditAction.UPDATE, RECORD_TYPE, linkId, LINKERS);
        String here = TenantContext.tenant().slug();
        ReviewLink link = store.lockForBoard(linkId == null ? "" : linkId.strip(), here)
                .orElseThrow(() -> audit.notFound(AuditAction.UPDATE, RECORD_TYPE, linkId));
        ReviewLink.Side side = link.sideOf(here).orElseThrow();
        ReviewLink ended = link.endPart(side, caller.username(), reason, OffsetDateTime.now(clock));
        store.update(ended);
        String detail = here + " ended its part of the link " + describe(link) + ": " + ended.side(side).endReason();
        auditInEachBoard(ended, AuditAction.UPDATE, detail);
    }

    /**
     * A review handed over to this board (§10.2) keeps its links: each live link now names our copy,
     * recorded in every board the link names, in the handover's transaction.
     */
    void followHandedOverReview(@Observes ReviewHandedOver moved) {
        String from = moved.source().slug();
        String here = TenantContext.tenant().slug();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (ReviewLink link : store.ofReview(from, moved.sourceReviewId())) {
            if (!link.isLive()) {
                continue;
            }
            ReviewLink.Side side = link.a().is(from, moved.sourceReviewId()) ? ReviewLink.Side.A : ReviewLink.Side.B;
            ReviewLink followed = link.followMovedReview(side, here, moved.reviewId(), moved.reference(), now);
            store.update(followed);
            String detail = followed.isLive()
                    ? "the link now names " + here + " " + moved.reference() + ", to which " + from + " handed its review over"
                    : from + "'s review was handed over to " + here + ", which holds the other review: the link ended";
            // The link as it was names the board the review left, as well as the other side's.
            auditInEachBoard(link, AuditAction.UPDATE, detail);
        }
    }

    private List<LinkedSetView.Card> cards(UserIdentity who, List<ReviewLink> set) {
        Map<String, LinkSide> sides = new LinkedHashMap<>();
        Map<String, EnumSet<SharedItem>> shares = new LinkedHashMap<>();
        Set<String> leads = set.stream().map(link -> link.leadSide().reviewKey()).collect(Collectors.toSet());
        for (ReviewLink link : set) {
            for (LinkSide side : List.of(link.a(), link.b())) {
                sides.putIfAbsent(side.reviewKey(), side);
                shares.computeIfAbsent(side.reviewKey(), key -> EnumSet.noneOf(SharedItem.class)).addAll(side.shares());
            }
        }
        String through = set.stream().map(ReviewLink::id).collect(Collectors.joining(", "));
        List<LinkedSetView.Card> cards = new ArrayList<>();
        sides.forEach((key, side) -> cards.add(card(who, side, shares.get(key), leads.contains(key), through)));
        return cards;
    }

    private LinkedSetView.Card card(UserIdentity who, LinkSide side, Set<SharedItem> shared, boolean leads, String through) {
        if (!side.isOnInstance()) {
            return new LinkedSetView.Card(side.owner(), side.reference(), side.kind().label(), "Held by " + side.owner(),
                    List.of(), leads, List.of(), true);
        }
        Optional<Tenant> board = registry.findBySlug(side.tenant()).filter(Tenant::isActive);
        if (board.isEmpty()) {
            return new LinkedSetView.Card(side.tenant(), side.reference(), side.kind().label(),
                    "Not available: the board is suspended", List.of(), leads, List.of(), false);
        }
        // Someone who is not a member of the other board still sees what it agreed to share: as nobody there.
        Caller asker = who.isMemberOf(side.tenant()) ? who.callerIn(side.tenant())
                : new Caller(who.username(), who.displayName(), Set.of());
        Optional<LinkedReviewFacts> facts = crossing.callIn(board.get().asActive(), asker, () -> reader.facts(
                side.reviewId(), shared, "shown on the linked-reviews board of " + who.username() + " through link " + through));
        return facts.map(f -> new LinkedSetView.Card(board.get().displayName(), f.reference(), f.kind().label(), f.stage(),
                        f.keyDates(), leads, labelled(f.shared()), false))
                .orElseGet(() -> new LinkedSetView.Card(board.get().displayName(), side.reference(), side.kind().label(),
                        "No longer held by the board", List.of(), leads, List.of(), false));
    }

    private static List<LinkedSetView.Shared> labelled(Map<SharedItem, String> shared) {
        return Arrays.stream(SharedItem.values()).filter(shared::containsKey)
                .map(item -> new LinkedSetView.Shared(item.label(), shared.get(item))).toList();
    }

    private LinkedSetView.Link view(ReviewLink link, String here, boolean mayEndHere) {
        boolean endable = mayEndHere && link.isLive() && link.sideOf(here).isPresent();
        return new LinkedSetView.Link(link.id(), sideName(link.a()), sideName(link.b()), sideName(link.leadSide()),
                link.arrangement().label(), link.a().shares().stream().sorted().map(SharedItem::label).toList(),
                link.b().shares().stream().sorted().map(SharedItem::label).toList(), link.a().agreedBy(),
                link.b().agreedBy(), link.createdBy(), link.createdAt(), endable);
    }

    private String sideName(LinkSide side) {
        String board = side.isOnInstance()
                ? registry.findBySlug(side.tenant()).map(Tenant::displayName).orElse(side.tenant())
                : side.owner();
        String ended = side.hasEnded() ? " (ended its part on " + side.endedAt().toLocalDate() + ": " + side.endReason() + ")" : "";
        return board + " " + side.reference() + ended;
    }

    /** A review named "board/id": the person must be a coordinator or business manager of that board. */
    private Named resolve(UserIdentity who, String field, String key) {
        int slash = key.indexOf('/');
        String slug = slash > 0 ? key.substring(0, slash) : "";
        String id = slash > 0 ? key.substring(slash + 1) : key;
        Set<Role> held = who.rolesByTenant().getOrDefault(slug, Set.of());
        Optional<Tenant> board = registry.findBySlug(slug).filter(Tenant::isActive);
        if (board.isEmpty() || held.stream().noneMatch(role -> Arrays.asList(LINKERS).contains(role))) {
            audit.denied(AuditAction.CREATE, LinkedReviewReader.REVIEW_RECORD, id,
                    "linking a review of " + slug + ", which the caller cannot see");
            throw InvalidFieldException.refused(field, "linking.review-links.you-cannot-link-review-only");
        }
        LinkedReviewFacts review = crossing.callIn(board.get().asActive(), who.callerIn(slug),
                () -> reader.facts(id, Set.of(), "named in a new link by " + who.username()))
                .orElseThrow(() -> InvalidFieldException.refused(field, "linking.review-links.holds-no-such-review",
                        board.get().displayName()));
        return new Named(board.get(), new LinkableReview(id, review.reference(), review.kind()));
    }

    private record Named(Tenant board, LinkableReview review) {
    }

    /** Audited where the person works and in each board the link names: each board's trail has the whole story. */
    private void auditInEachBoard(ReviewLink link, AuditAction action, String detail) {
        List<ActiveTenant> named = java.util.stream.Stream.of(link.a().tenant(), link.b().tenant())
                .filter(java.util.Objects::nonNull).map(registry::findBySlug).flatMap(Optional::stream)
                .filter(Tenant::isActive).map(Tenant::asActive).toList();
        audit.allowedHereAndIn(named, action, RECORD_TYPE, link.id(), detail);
    }

    private List<String> coordinatedBoards(UserIdentity who) {
        return boardsWhere(who, Role.INTER_BOARD_COORDINATOR).stream().map(Tenant::slug).toList();
    }

    private List<Tenant> boardsWhere(UserIdentity who, Role... wanted) {
        List<Role> roleList = Arrays.asList(wanted);
        return who.rolesByTenant().entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(roleList::contains))
                .map(entry -> registry.findBySlug(entry.getKey())).flatMap(Optional::stream)
                .filter(Tenant::isActive).toList();
    }

    private static LinkedKind elsewhereKind(String value) {
        LinkedKind kind = choice("elsewhereKind", value, LinkedKind.class, "linking.review-links.choose-kind-held-elsewhere");
        if (!kind.canBeHeldElsewhere()) {
            throw InvalidFieldException.refused("elsewhereKind",
                    "linking.review-links.choose-kind-review-held-elsewhere");
        }
        return kind;
    }

    /** The constant {@code value} names, or {@code field} refused for the reason {@code refusalKey} names. */
    private static <E extends Enum<E>> E choice(String field, String value, Class<E> type, String refusalKey) {
        if (Texts.isBlank(value)) {
            throw InvalidFieldException.refused(field, refusalKey);
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException notAConstant) {
            throw InvalidFieldException.refused(field, refusalKey);
        }
    }

    private static Set<SharedItem> sharesOf(String field, List<String> items) {
        EnumSet<SharedItem> shares = EnumSet.noneOf(SharedItem.class);
        for (String item : items == null ? List.<String>of() : items) {
            shares.add(choice(field, item, SharedItem.class, "linking.review-links.choose-items-from-list"));
        }
        return shares;
    }

    private static String labels(Set<SharedItem> items) {
        return items.isEmpty() ? "nothing beyond the link's facts"
                : items.stream().sorted().map(SharedItem::label).collect(Collectors.joining(", "));
    }

    private static String describe(ReviewLink link) {
        return link.a().tenant() + " " + link.a().reference() + " and "
                + (link.b().isOnInstance() ? link.b().tenant() : link.b().owner()) + " " + link.b().reference();
    }
}
