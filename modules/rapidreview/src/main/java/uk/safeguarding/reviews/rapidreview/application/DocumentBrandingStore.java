package uk.safeguarding.reviews.rapidreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.rapidreview.domain.DocumentBranding;
import uk.safeguarding.reviews.rapidreview.domain.DocumentBrandingRepository;

/** The partnership's logo for its documents' covers: set by the business manager, audited. */
@ApplicationScoped
@Transactional
public class DocumentBrandingStore {

    static final String RECORD_TYPE = "document-branding";

    @Inject
    private DocumentBrandingRepository branding;

    @Inject
    private AuditTrail audit;

    @Inject
    private RoleGate roles;

    @Inject
    private Clock clock;

    public Optional<byte[]> logo() {
        return branding.find().map(DocumentBranding::logo);
    }

    public void replaceLogo(byte[] image) {
        Caller caller = roles.require(AuditAction.UPDATE, RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<DocumentBranding> existing = branding.find();
        if (existing.isPresent()) {
            existing.get().replaceLogo(image, caller.username(), now);
        } else {
            branding.add(DocumentBranding.withLogo(image, caller.username(), now));
        }
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, null, "logo for documents replaced (" + image.length + " bytes)");
    }
}
