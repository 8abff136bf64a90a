package uk.safeguarding.reviews.themes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Page;
import uk.safeguarding.reviews.kernel.figures.ReportingYear;
import uk.safeguarding.reviews.kernel.search.SearchHit;
import uk.safeguarding.reviews.kernel.themes.TaggableRecords;
import uk.safeguarding.reviews.themes.domain.Theme;
import uk.safeguarding.reviews.themes.domain.ThemeRepository;
import uk.safeguarding.reviews.themes.domain.ThemeTag;

/**
 * The themes on referrals, reviews and actions (§10.1, §10.3 a): shown to whoever may open the
 * record, changed by whoever may tag it (the module holding the record decides both), each change in
 * the audit trail of the record; and a theme's records across years, each only if the person may
 * open it.
 */
@ApplicationScoped
@Transactional
public class ThemeTags {

    @Inject
    private ThemeRepository themes;

    @Inject
    @Any
    private Instance<TaggableRecords> kinds;

    @Inject
    private RoleGate roles;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The record's themes; a record the person may not open, or of an unknown kind, is not found (audited). */
    public RecordThemes of(String type, String id) {
        TaggableRecords kind = kind(type, id, AuditAction.VIEW);
        SearchHit record = kind.visible(List.of(clean(id))).get(clean(id));
        if (record == null) {
            throw audit.notFound(AuditAction.VIEW, type, id);
        }
        return view(kind, clean(id), record);
    }

    /**
     * Sets the record's themes to those chosen, from the themes in use or a retired one it already
     * carries; what was already there keeps who tagged it and when. A record the person may not tag
     * is not found for them (audited by its module).
     */
    public RecordThemes set(String type, String id, Collection<String> codes) {
        TaggableRecords kind = kind(type, id, AuditAction.UPDATE);
        SearchHit record = kind.requireTaggable(clean(id));
        Caller caller = uk.safeguarding.reviews.tenancy.api.TenantContext.caller();
        List<ThemeTag> before = themes.tagsOf(kind.type(), clean(id));
        Map<String, Theme> offered = offered(before);
        Set<String> chosen = new LinkedHashSet<>(codes == null ? List.of() : codes);
        for (String code : chosen) {
            if (!offered.containsKey(code)) {
                throw InvalidFieldException.refused("themes", "themes.theme-tags.choose-themes-from-list-not", code);
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        Set<String> held = new LinkedHashSet<>();
        for (ThemeTag tag : before) {
            held.add(tag.themeCode());
            if (!chosen.contains(tag.themeCode())) {
                themes.remove(tag);
                removed.add(offered.get(tag.themeCode()).label());
            }
        }
        for (String code : chosen) {
            if (!held.contains(code)) {
                themes.add(new ThemeTag(kind.type(), clean(id), code, caller.displayName(), now));
                added.add(offered.get(code).label());
            }
        }
        if (!added.isEmpty() || !removed.isEmpty()) {
            audit.allowed(AuditAction.UPDATE, kind.type(), clean(id), "themes of " + record.reference() + ": "
                    + (added.isEmpty() ? "" : "added " + String.join(", ", added))
                    + (added.isEmpty() || removed.isEmpty() ? "" : "; ")
                    + (removed.isEmpty() ? "" : "removed " + String.join(", ", removed)));
        }
        return view(kind, clean(id), record);
    }

    /**
     * One page of the records tagged with the theme that the person may open, the newest tag first,
     * across years; a theme the partnership does not have is not found.
     */
    public ThemeRecords records(String code, int pageNumber) {
        roles.require(AuditAction.LIST, ThemeTaxonomy.RECORD_TYPE, code, ThemeTaxonomy.READERS);
        Theme theme = themes.themes().stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> audit.notFound(AuditAction.LIST, ThemeTaxonomy.RECORD_TYPE, code));
        List<ThemeTag> tags = themes.tagged(theme.code());
        Map<String, List<ThemeTag>> byType = tags.stream()
                .collect(Collectors.groupingBy(ThemeTag::recordType, LinkedHashMap::new, Collectors.toList()));
        List<Found> seen = new ArrayList<>();
        for (Map.Entry<String, List<ThemeTag>> entry : byType.entrySet()) {
            TaggableRecords kind = known(entry.getKey());
            if (kind == null) {
                continue;
            }
            Map<String, SearchHit> visible = kind.visible(entry.getValue().stream().map(ThemeTag::recordId).toList());
            for (ThemeTag tag : entry.getValue()) {
                SearchHit hit = visible.get(tag.recordId());
                if (hit != null) {
                    seen.add(new Found(tag.taggedAt(), new ThemeRecords.Tagged(hit.what(), hit.reference(), hit.line(),
                            hit.link(), tag.taggedAt().atZoneSameInstant(ReportingYear.UK).toLocalDate(), tag.taggedBy())));
                }
            }
        }
        seen.sort(Comparator.comparing(Found::at).reversed());
        int number = Page.within(pageNumber, seen.size(), Page.DEFAULT_SIZE);
        List<ThemeRecords.Tagged> items = seen.stream().skip(Page.offset(number, Page.DEFAULT_SIZE))
                .limit(Page.DEFAULT_SIZE).map(Found::record).toList();
        audit.allowed(AuditAction.LIST, ThemeTaxonomy.RECORD_TYPE, code, "records under the theme \u201c"
                + theme.label() + "\u201d: " + seen.size());
        return new ThemeRecords(ThemeLine.of(theme), new Page<>(items, number, Page.DEFAULT_SIZE, seen.size()));
    }

    private RecordThemes view(TaggableRecords kind, String id, SearchHit record) {
        List<ThemeTag> tags = themes.tagsOf(kind.type(), id);
        Map<String, Theme> offered = offered(tags);
        List<RecordThemes.Tag> lines = tags.stream().map(tag -> {
            Theme theme = offered.get(tag.themeCode());
            return new RecordThemes.Tag(tag.themeCode(), theme.label(), theme.isRetired(), tag.taggedBy(), tag.taggedAt());
        }).toList();
        return new RecordThemes(kind.type(), id, record, lines, kind.mayTag(id),
                offered.values().stream().map(ThemeLine::of).toList());
    }

    /** The themes in use, then any retired theme among {@code tags}, in the taxonomy's order. */
    private Map<String, Theme> offered(List<ThemeTag> tags) {
        Set<String> carried = tags.stream().map(ThemeTag::themeCode).collect(Collectors.toSet());
        Map<String, Theme> offered = new LinkedHashMap<>();
        for (Theme theme : themes.themes()) {
            if (!theme.isRetired() || carried.contains(theme.code())) {
                offered.put(theme.code(), theme);
            }
        }
        return offered;
    }

    private TaggableRecords kind(String type, String id, AuditAction action) {
        TaggableRecords kind = known(type);
        if (kind == null) {
            throw audit.notFound(action, type == null ? "record" : type, id);
        }
        return kind;
    }

    private TaggableRecords known(String type) {
        for (TaggableRecords kind : kinds) {
            if (kind.type().equals(type)) {
                return kind;
            }
        }
        return null;
    }

    /** A record found under a theme, with when it was tagged, for the order. */
    private record Found(OffsetDateTime at, ThemeRecords.Tagged record) {
    }

    /** Record ids are UUIDs, stored in lower case: a tag is found however the address spelled it. */
    private static String clean(String id) {
        return id == null ? "" : id.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
