package uk.safeguarding.reviews.themes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.Texts;
import uk.safeguarding.reviews.themes.domain.Taxonomy;
import uk.safeguarding.reviews.themes.domain.TaxonomyVersion;
import uk.safeguarding.reviews.themes.domain.Theme;
import uk.safeguarding.reviews.themes.domain.ThemeRepository;

/**
 * The partnership's taxonomy of themes: read by whoever works on referrals and reviews, changed by
 * the business manager with a reason as a new version (like the thresholds), each version audited.
 */
@ApplicationScoped
@Transactional
public class ThemeTaxonomy {

    public static final String RECORD_TYPE = "themes";

    /** Whoever decides on, runs, reviews, scrutinises or oversees reviews reads the themes. */
    static final Role[] READERS = {Role.BUSINESS_MANAGER, Role.PANEL_MEMBER, Role.INDEPENDENT_ADVISER, Role.PRSG_CHAIR,
        Role.EXECUTIVE, Role.REVIEWER, Role.STATUTORY_PARTNER, Role.SCRUTINEER};

    static final int MAX_LABEL = 200;

    @Inject
    private ThemeRepository themes;

    @Inject
    private RoleGate roles;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public ThemesView overview() {
        Caller caller = roles.require(AuditAction.VIEW, RECORD_TYPE, null, READERS);
        return view(caller);
    }

    /**
     * A new version of the taxonomy: the themes in use, one to a line. Refused beside the list when
     * it is empty, a name is too long or a theme is listed twice, and beside the reason without one.
     */
    public ThemesView change(String lines, String reason) {
        Caller caller = roles.require(AuditAction.UPDATE, RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        List<String> labels = Texts.distinctLines("themes", lines, MAX_LABEL, "theme",
                "themes.theme-taxonomy.list-at-least-one-theme");
        String why = Texts.required("reason", reason, "themes.theme-taxonomy.say-why-themes-change");
        Texts.requireAtMost("reason", why, 1000);
        List<Theme> all = themes.themes();
        int version = themes.versions().stream().mapToInt(TaxonomyVersion::version).max().orElse(0) + 1;
        Taxonomy.Revision revision = Taxonomy.revise(all, labels, version);
        revision.added().forEach(themes::add);
        String summary = revision.summary();
        themes.add(new TaxonomyVersion(version, caller.displayName(), OffsetDateTime.now(clock), why, summary));
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, String.valueOf(version), "themes version " + version + ": "
                + summary + "; now " + labels.size() + " in use; " + why);
        return view(caller);
    }

    private ThemesView view(Caller caller) {
        List<Theme> all = themes.themes();
        return new ThemesView(all.stream().filter(t -> !t.isRetired()).map(ThemeLine::of).toList(),
                all.stream().filter(Theme::isRetired).map(ThemeLine::of).toList(),
                themes.versions().stream().map(v -> new ThemesView.Version(v.version(), v.changedBy(), v.changedAt(),
                        v.reason(), v.summary())).toList(),
                caller.hasRole(Role.BUSINESS_MANAGER));
    }
}
