package uk.safeguarding.reviews.themes.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import uk.safeguarding.reviews.themes.domain.TaxonomyVersion;
import uk.safeguarding.reviews.themes.domain.Theme;
import uk.safeguarding.reviews.themes.domain.ThemeRepository;
import uk.safeguarding.reviews.themes.domain.ThemeTag;

/** Themes and tags in the current partnership's schema (the connection is routed to it). */
@ApplicationScoped
public class JpaThemeRepository implements ThemeRepository {

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Override
    public List<Theme> themes() {
        return em.createQuery("SELECT t FROM Theme t ORDER BY CASE WHEN t.retiredIn IS NULL THEN 0 ELSE 1 END,"
                + " t.position, t.label", Theme.class).getResultList();
    }

    @Override
    public void add(Theme theme) {
        em.persist(theme);
    }

    @Override
    public List<TaxonomyVersion> versions() {
        return em.createQuery("SELECT v FROM TaxonomyVersion v ORDER BY v.version DESC", TaxonomyVersion.class)
                .getResultList();
    }

    @Override
    public void add(TaxonomyVersion version) {
        em.persist(version);
    }

    @Override
    public List<ThemeTag> tagsOf(String recordType, String recordId) {
        return em.createQuery("SELECT t FROM ThemeTag t WHERE t.recordType = :type AND t.recordId = :id"
                + " ORDER BY t.taggedAt, t.themeCode", ThemeTag.class)
                .setParameter("type", recordType).setParameter("id", recordId).getResultList();
    }

    @Override
    public List<ThemeTag> tagsOf(String recordType, Collection<String> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT t FROM ThemeTag t WHERE t.recordType = :type AND t.recordId IN :ids"
                + " ORDER BY t.taggedAt, t.themeCode", ThemeTag.class)
                .setParameter("type", recordType).setParameter("ids", List.copyOf(recordIds)).getResultList();
    }

    @Override
    public List<ThemeTag> taggedWithAny(String recordType, Collection<String> themeCodes) {
        if (themeCodes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT t FROM ThemeTag t WHERE t.recordType = :type AND t.themeCode IN :codes"
                + " ORDER BY t.taggedAt, t.themeCode", ThemeTag.class)
                .setParameter("type", recordType).setParameter("codes", List.copyOf(themeCodes)).getResultList();
    }

    @Override
    public List<ThemeTag> tagged(String themeCode) {
        return em.createQuery("SELECT t FROM ThemeTag t WHERE t.themeCode = :code ORDER BY t.taggedAt DESC, t.recordId",
                ThemeTag.class).setParameter("code", themeCode).getResultList();
    }

    @Override
    public void add(ThemeTag tag) {
        em.persist(tag);
    }

    @Override
    public void remove(ThemeTag tag) {
        em.remove(tag);
    }
}
