package uk.safeguarding.reviews.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.StartEvent;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.Texts;
import uk.safeguarding.reviews.review.domain.KindDefinitionRepository;
import uk.safeguarding.reviews.review.domain.KindDefinitionVersion;
import uk.safeguarding.reviews.review.domain.kind.DefinitionVocabulary;
import uk.safeguarding.reviews.review.domain.kind.KindDefinition;
import uk.safeguarding.reviews.review.domain.kind.KindDefinitionFormat;
import uk.safeguarding.reviews.review.domain.kind.ShippedKinds;

/**
 * The partnership's kinds of review as data (issue 13 §1), versioned and audited like its clock
 * rules and thresholds: version 1 of each is the shipped definition; the business manager may
 * publish a new version, checked as a whole against what the product knows; a review keeps the
 * version it opened under.
 */
@ApplicationScoped
@Transactional
public class ReviewKinds {

    static final String RECORD_TYPE = "review-kind";

    @Inject
    private KindDefinitionRepository definitions;

    @Inject
    private ClockService clocks;

    @Inject
    private Instance<StageGuard> guards;

    @Inject
    private Instance<ReviewCapability> capabilities;

    @Inject
    private Instance<OpeningDecisions> openingDecisions;

    @Inject
    private RoleGate roles;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Each kind's version in force, for the settings page. */
    public List<KindDefinitionView> inForce() {
        roles.read(AuditAction.LIST, RECORD_TYPE, null, "the kinds of review", Role.BUSINESS_MANAGER);
        return ShippedKinds.KEYS.stream().map(key -> view(latest(key))).toList();
    }

    /**
     * A new version of a kind: refused, beside the definition, if it names anything the product does
     * not know or does not hold together; otherwise saved as the next version and audited.
     */
    public KindDefinitionView publish(String kindKey, String json, String reason) {
        Caller caller = roles.require(AuditAction.UPDATE, RECORD_TYPE, kindKey, Role.BUSINESS_MANAGER);
        if (!ShippedKinds.KEYS.contains(kindKey)) {
            throw audit.notFound(AuditAction.UPDATE, RECORD_TYPE, kindKey);
        }
        if (Texts.isBlank(reason)) {
            throw InvalidFieldException.refused("reason", "review.review-kinds.say-why-definition-changes");
        }
        if (reason.strip().length() > 1000) {
            throw InvalidFieldException.refused("reason", "review.review-kinds.keep-reason-1-000-characters");
        }
        KindDefinition read = KindDefinitionFormat.read(json, vocabulary());
        if (!read.key().equals(kindKey)) {
            throw InvalidFieldException.refused(KindDefinitionFormat.FIELD,
                    "review.review-kinds.definition-not-kind-key-cannot", read.key(), kindKey);
        }
        requireOneKindPerDecision(read);
        KindDefinitionVersion previous = latest(kindKey);
        KindDefinitionVersion next = new KindDefinitionVersion(kindKey, previous.version() + 1,
                KindDefinitionFormat.write(read), reason.strip(), caller.username(), OffsetDateTime.now(clock));
        definitions.add(next);
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, kindKey + "/v" + next.version(), read.name() + " version "
                + next.version() + " published: " + next.reason());
        return view(next);
    }

    /**
     * The kinds, by key, that the decision {@code decisionKey} opens in this partnership now: those
     * whose version in force lists it, in the order the settings page shows the kinds.
     */
    List<String> openedBy(String decisionKey) {
        return ShippedKinds.KEYS.stream().filter(key -> read(latest(key)).isOpenedBy(decisionKey)).toList();
    }

    /**
     * The keys of the stages, in any stored version of any kind, that the work {@code work} leads on
     * from: where a review waits for that work (issue 14 §2, what each person must do next).
     */
    Set<String> stagesLeftBy(String work) {
        return definitions.all().stream().map(ReviewKinds::read).flatMap(definition -> definition.stages().stream())
                .filter(stage -> stage.exit(work).isPresent()).map(uk.safeguarding.reviews.review.domain.kind.StageDefinition::key)
                .collect(Collectors.toSet());
    }

    /** The decision's name in the pages' words; its key if no module takes it any more. */
    public String decisionName(String decisionKey) {
        return decisions().stream().filter(d -> d.key().equals(decisionKey)).findFirst()
                .map(OpeningDecisions.OpeningDecision::name).orElse(decisionKey);
    }

    /**
     * A decision that opens one kind (a panel's vote cannot also choose one) may be listed by one
     * kind only; moving it to another kind means taking it out of the first, then adding it.
     */
    private void requireOneKindPerDecision(KindDefinition read) {
        for (OpeningDecisions.OpeningDecision decision : decisions()) {
            if (!decision.opensOneKind() || !read.isOpenedBy(decision.key())) {
                continue;
            }
            for (String other : ShippedKinds.KEYS) {
                KindDefinition otherKind = read(latest(other));
                if (!other.equals(read.key()) && otherKind.isOpenedBy(decision.key())) {
                    throw InvalidFieldException.refused(KindDefinitionFormat.FIELD,
                            "review.review-kinds.already-opens-opens-one-kind", decision.key(), decision.name(),
                            otherKind.name(), otherKind.name());
                }
            }
        }
    }

    private List<OpeningDecisions.OpeningDecision> decisions() {
        return openingDecisions.stream().flatMap(source -> source.decisions().stream()).toList();
    }

    /** The definition a review opening now runs under, and its version. */
    KindVersion opening(String kindKey) {
        KindDefinitionVersion latest = latest(kindKey);
        return new KindVersion(latest.version(), read(latest));
    }

    /** The definition a review runs under. */
    KindDefinition definition(String kindKey, int version) {
        latest(kindKey);
        return read(definitions.version(kindKey, version).orElseThrow(() -> new IllegalStateException(
                "Version " + version + " of " + kindKey + " is missing")));
    }

    /**
     * What definitions may name today: the clock rules in force, the modules' guards, work and
     * documents, and the decisions that open reviews.
     */
    DefinitionVocabulary vocabulary() {
        Set<String> work = new HashSet<>();
        Set<String> documents = new HashSet<>();
        capabilities.forEach(capability -> {
            work.addAll(capability.work());
            documents.addAll(capability.documents());
        });
        return new DefinitionVocabulary(clocks.ruleKeysInForce(), guards.stream().map(StageGuard::key)
                .collect(Collectors.toSet()), documents,
                Arrays.stream(StartEvent.values()).map(Enum::name).collect(Collectors.toSet()), work,
                decisions().stream().map(OpeningDecisions.OpeningDecision::key).collect(Collectors.toSet()));
    }

    /** The newest version of a kind; the first use in a partnership stores the shipped definition as version 1. */
    private KindDefinitionVersion latest(String kindKey) {
        return definitions.latest(kindKey).orElseGet(() -> {
            KindDefinitionVersion shipped = new KindDefinitionVersion(kindKey, 1, ShippedKinds.json(kindKey),
                    "The 2019 policy's " + kindKey + ", shipped as the default", "system", OffsetDateTime.now(clock));
            if (definitions.addFirstIfAbsent(shipped)) {
                audit.allowed(AuditAction.CREATE, RECORD_TYPE, kindKey + "/v1", shipped.reason());
            }
            return definitions.latest(kindKey).orElseThrow();
        });
    }

    /**
     * A stored version read back. It was checked when saved; it is read here without today's
     * vocabulary, so a clock rule removed since cannot make a running review unreadable.
     */
    private static KindDefinition read(KindDefinitionVersion stored) {
        return KindDefinitionFormat.readSaved(stored.definition());
    }

    private KindDefinitionView view(KindDefinitionVersion stored) {
        KindDefinition definition = read(stored);
        return new KindDefinitionView(stored.kindKey(), stored.version(), definition, stored.definition(),
                definition.openedBy().stream().map(this::decisionName).toList(), stored.reason(), stored.createdBy(),
                stored.createdAt());
    }

    /** A definition and the version it is. */
    record KindVersion(int version, KindDefinition definition) {
    }
}
