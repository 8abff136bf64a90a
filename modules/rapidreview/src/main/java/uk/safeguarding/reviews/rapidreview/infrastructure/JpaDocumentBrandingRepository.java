package uk.safeguarding.reviews.rapidreview.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.safeguarding.reviews.rapidreview.domain.DocumentBranding;
import uk.safeguarding.reviews.rapidreview.domain.DocumentBrandingRepository;

/** Document branding in the current tenant's schema. */
@ApplicationScoped
public class JpaDocumentBrandingRepository implements DocumentBrandingRepository {

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Override
    public Optional<DocumentBranding> find() {
        return em.createQuery("SELECT b FROM DocumentBranding b", DocumentBranding.class).getResultStream().findFirst();
    }

    @Override
    public void add(DocumentBranding branding) {
        em.persist(branding);
    }
}
