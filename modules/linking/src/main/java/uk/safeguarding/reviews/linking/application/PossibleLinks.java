package uk.safeguarding.reviews.linking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.linking.domain.FingerprintStore;
import uk.safeguarding.reviews.linking.domain.FingerprintStore.Fingerprinted;
import uk.safeguarding.reviews.linking.domain.ReviewLinkStore;
import uk.safeguarding.reviews.linking.domain.SubjectFingerprint;
import uk.safeguarding.reviews.referral.application.ReferralSubmitted;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.tenancy.domain.TenantRegistry;

/**
 * Possible links (issue 6): when a referral is submitted, or a board records a review, the
 * subject's normalised name and date of birth are turned into keyed fingerprints in the platform
 * schema, and compared with the fingerprints of the boards this one has an inter-board protocol
 * with. A match names only the boards and the references, so the two business managers can talk;
 * it links nothing by itself.
 */
@ApplicationScoped
@Transactional
public class PossibleLinks {

    static final String RECORD_TYPE = "possible-link";

    /** A person a record is about: the name and date of birth are fingerprinted, never stored here. */
    public record Subject(String name, LocalDate bornOn) {
    }

    @Inject
    private FingerprintStore fingerprints;

    @Inject
    private ReviewLinkStore protocols;

    @Inject
    private MatchingKey matchingKey;

    @Inject
    private TenantRegistry registry;

    @Inject
    private AuditTrail audit;

    @Inject
    private RoleGate roles;

    /** Referral submitted: its children are fingerprinted in the submission's transaction. */
    void onReferralSubmitted(@Observes ReferralSubmitted submitted) {
        record("referral", submitted.referralId(), submitted.reference(), submitted.children().stream()
                .map(child -> new Subject(child.name(), child.dateOfBirth())).toList());
    }

    /** Fingerprints a record's subjects in the current board; returns the possible links it now has. */
    public List<PossibleLink> record(String recordType, String recordId, String reference, List<Subject> subjects) {
        Optional<SubjectFingerprint> key = matchingKey.fingerprints();
        if (key.isEmpty()) {
            return List.of();
        }
        Set<String> prints = subjects.stream().map(s -> key.get().of(s.name(), s.bornOn())).flatMap(Optional::stream)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        String here = TenantContext.tenant().slug();
        fingerprints.record(here, recordType, recordId, reference, prints);
        List<PossibleLink> found = matches(prints.stream()
                .map(print -> new Fingerprinted(here, recordType, recordId, reference, print)).toList());
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, recordId, prints.size() + " fingerprints of " + reference
                + " recorded; " + found.size() + " possible links with protocol boards");
        return found;
    }

    /** The current board's possible links, for its business manager. */
    public List<PossibleLink> ofThisBoard() {
        roles.require(AuditAction.LIST, RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        List<PossibleLink> found = matches(fingerprints.ofBoard(TenantContext.tenant().slug()));
        audit.allowed(AuditAction.LIST, RECORD_TYPE, null, found.size() + " possible links listed");
        return found;
    }

    /** The possible links of one of this board's records, by its id; for the record's own page. */
    public List<PossibleLink> ofRecord(String recordId) {
        roles.require(AuditAction.VIEW, RECORD_TYPE, recordId, Role.BUSINESS_MANAGER);
        return matches(fingerprints.ofBoard(TenantContext.tenant().slug()).stream()
                .filter(mine -> mine.recordId().equals(recordId)).toList());
    }

    /**
     * Platform administration: two boards agree an inter-board protocol (§4.3), so each looks for
     * possible links with the other. Recorded in the platform schema and in both boards' trails.
     */
    public void agreeProtocol(String first, String second) {
        roles.require(AuditAction.CREATE, "board-protocol", first + "+" + second, Role.PLATFORM_ADMIN);
        Tenant one = registry.findBySlug(first).filter(Tenant::isActive)
                .orElseThrow(() -> new IllegalArgumentException("No active board " + first));
        Tenant other = registry.findBySlug(second).filter(Tenant::isActive)
                .orElseThrow(() -> new IllegalArgumentException("No active board " + second));
        if (one.slug().equals(other.slug())) {
            throw new IllegalArgumentException("A board has no protocol with itself");
        }
        if (protocols.protocolPartners(one.slug()).contains(other.slug())) {
            return;
        }
        protocols.agreeProtocol(one.slug(), other.slug());
        audit.allowedHereAndIn(List.of(one.asActive(), other.asActive()), AuditAction.CREATE, "board-protocol",
                one.slug() + "+" + other.slug(), "inter-board protocol agreed between " + one.slug() + " and "
                        + other.slug());
    }

    /**
     * Platform administration: two boards end their inter-board protocol, so neither looks for
     * possible links with the other any more (links already made stay). Recorded in both boards' trails.
     */
    public boolean endProtocol(String first, String second, String reason) {
        roles.require(AuditAction.DELETE, "board-protocol", first + "+" + second, Role.PLATFORM_ADMIN);
        Tenant one = registry.findBySlug(first).orElseThrow(() -> new IllegalArgumentException("No board " + first));
        Tenant other = registry.findBySlug(second).orElseThrow(() -> new IllegalArgumentException("No board " + second));
        if (!protocols.endProtocol(one.slug(), other.slug())) {
            return false;
        }
        audit.allowedHereAndIn(List.of(one.asActive(), other.asActive()), AuditAction.DELETE, "board-protocol",
                pair(one.slug(), other.slug()), "inter-board protocol between " + one.slug() + " and " + other.slug()
                        + " ended: " + reason);
        return true;
    }

    private static String pair(String first, String second) {
        return first.compareTo(second) < 0 ? first + "+" + second : second + "+" + first;
    }

    private List<PossibleLink> matches(List<Fingerprinted> mine) {
        if (mine.isEmpty()) {
            return List.of();
        }
        String here = TenantContext.tenant().slug();
        List<String> partners = protocols.protocolPartners(here);
        if (partners.isEmpty()) {
            return List.of();
        }
        Map<String, List<Fingerprinted>> mineByPrint = mine.stream()
                .collect(Collectors.groupingBy(Fingerprinted::fingerprint));
        return fingerprints.matching(mineByPrint.keySet(), partners).stream()
                .flatMap(theirs -> mineByPrint.get(theirs.fingerprint()).stream().map(ours -> new PossibleLink(
                        ours.reference(), registry.findBySlug(theirs.tenant()).map(Tenant::displayName)
                                .orElse(theirs.tenant()), theirs.reference())))
                .distinct()
                .sorted(Comparator.comparing(PossibleLink::ourReference).thenComparing(PossibleLink::otherBoardName)
                        .thenComparing(PossibleLink::otherReference))
                .toList();
    }
}
