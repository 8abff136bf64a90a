package uk.safeguarding.reviews.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.reviews.agencies.application.AgencyLookup;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.learning.domain.ActionPlanRepository;
import uk.safeguarding.reviews.learning.domain.RotaMember;
import uk.safeguarding.reviews.learning.domain.VerificationRota;

/**
 * §10.1: the partnership's verification rota, kept by the business manager: scrutineers join at the
 * end and leave with the change audited; the page says whose turn is next.
 */
@ApplicationScoped
@Transactional
public class VerificationRotas {

    static final String RECORD_TYPE = "verification-rota";

    @Inject
    private ActionPlanRepository plans;

    @Inject
    private AgencyLookup agencies;

    @Inject
    private RoleGate roles;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public RotaView rota() {
        roles.read(AuditAction.VIEW, RECORD_TYPE, null, "the verification rota", Role.BUSINESS_MANAGER);
        return view();
    }

    /** A scrutineer joins the end of the rota: refused beside the field if unnamed, malformed or already on it. */
    public RotaView add(RotaForm form) {
        Caller caller = roles.require(AuditAction.CREATE, RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        List<RotaMember> rota = plans.rota();
        if (form.getUsername() != null && rota.stream().anyMatch(m -> m.username().equals(form.getUsername().strip()))) {
            throw InvalidFieldException.refused("username", "learning.verification-rotas.rota-already",
                    form.getUsername().strip());
        }
        AgencyView agency = form.getAgencyId() == null || form.getAgencyId().isBlank() ? null
                : agencies.find(form.getAgencyId()).orElseThrow(() -> InvalidFieldException.refused("agencyId",
                        "learning.verification-rotas.agency-no-longer-partnership-list"));
        int position = rota.stream().mapToInt(RotaMember::position).max().orElse(0) + 1;
        RotaMember member = RotaMember.join(position, form.getUsername(), form.getDisplayName(),
                agency == null ? null : agency.id(), agency == null ? null : agency.name(), caller.username(),
                OffsetDateTime.now(clock));
        plans.add(member);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, member.id(), member.displayName() + " (" + member.username()
                + (agency == null ? "" : ", " + agency.name()) + ") joined the verification rota");
        return view();
    }

    /** A scrutineer leaves the rota; actions already asked of them stay theirs until verified or returned. */
    public RotaView remove(String memberId) {
        roles.require(AuditAction.DELETE, RECORD_TYPE, memberId, Role.BUSINESS_MANAGER);
        RotaMember member = plans.rotaMember(memberId).orElseThrow(() -> audit.notFound(AuditAction.DELETE,
                RECORD_TYPE, memberId));
        plans.remove(member);
        audit.allowed(AuditAction.DELETE, RECORD_TYPE, member.id(), member.displayName() + " (" + member.username()
                + ") left the verification rota");
        return view();
    }

    private RotaView view() {
        List<RotaMember> rota = plans.rota();
        List<RotaView.Member> members = new ArrayList<>();
        for (int i = 0; i < rota.size(); i++) {
            RotaMember m = rota.get(i);
            members.add(new RotaView.Member(m.id(), i + 1, m.username(), m.displayName(), m.agencyName()));
        }
        String next = VerificationRota.next(rota, plans.lastTurn(), null)
                .map(RotaMember::username).orElse(null);
        return new RotaView(members, next, agencies.all().stream().map(a -> new ActionPlanView.Option(a.id(),
                a.name())).toList());
    }
}
