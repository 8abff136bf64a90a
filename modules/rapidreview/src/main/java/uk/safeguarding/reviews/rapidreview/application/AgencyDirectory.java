package uk.safeguarding.reviews.rapidreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.agencies.application.AgencyLookup;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * A partnership's agencies as another partnership asking across a boundary sees them (§10.2). Runs
 * inside the agencies' own partnership (through {@code TenantCrossing}), in its own transaction, and
 * is audited there: names to choose from, and a chosen agency's contacts only when a request is sent.
 */
@ApplicationScoped
@Transactional
public class AgencyDirectory {

    static final String RECORD_TYPE = "agency";

    @Inject
    private AgencyLookup agencies;

    @Inject
    private AuditTrail audit;

    /** The agencies, without their contacts. */
    public List<Addressee> names(String askedBy) {
        List<Addressee> all = agencies.all().stream()
                .map(agency -> new Addressee(TenantContext.tenant().slug(), TenantContext.tenant().displayName(),
                        agency.id(), agency.name(),
                        agency.statutoryPartner(), List.of()))
                .toList();
        audit.allowed(AuditAction.LIST, RECORD_TYPE, null, all.size() + " agency names listed for " + askedBy
                + " to ask across the boundary");
        return all;
    }

    /** One agency with its contacts, to send it a request from another partnership. */
    public Optional<Addressee> toAsk(String agencyId, String askedBy) {
        Optional<Addressee> agency = agencies.find(agencyId == null ? "" : agencyId)
                .map(found -> Addressee.across(TenantContext.tenant().slug(), TenantContext.tenant().displayName(), found));
        if (agency.isPresent()) {
            audit.allowed(AuditAction.VIEW, RECORD_TYPE, agencyId, "contacts read to send a request from " + askedBy);
        } else {
            audit.notFound(AuditAction.VIEW, RECORD_TYPE, agencyId);
        }
        return agency;
    }
}
