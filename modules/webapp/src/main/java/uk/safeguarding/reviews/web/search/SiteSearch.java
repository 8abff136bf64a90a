package uk.safeguarding.reviews.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.search.SearchHit;
import uk.safeguarding.reviews.kernel.search.SearchSource;

/**
 * The search box (issue 14 §2): every module finds, within the current partnership, what the
 * person may open by reference or a child's initials; the search and how much it found are in the
 * partnership's audit trail (a search can be a probe).
 */
@ApplicationScoped
public class SiteSearch {

    /** At most this many from each module: a search that finds more needs more of a reference. */
    static final int PER_SOURCE = 25;

    /** In the trail, a search is recorded under what was searched for. */
    public static final String RECORD_TYPE = "search";

    @Inject
    @Any
    private Instance<SearchSource> sources;

    @Inject
    private AuditTrail audit;

    @Transactional
    public List<SearchHit> find(Caller caller, String text) {
        String wanted = text == null ? "" : text.strip();
        if (wanted.length() < 2) {
            throw InvalidFieldException.refused("q", "web.site-search.type-least-two-characters-reference");
        }
        if (wanted.length() > 50) {
            throw InvalidFieldException.refused("q", "web.site-search.type-most-50-characters-reference");
        }
        List<SearchHit> hits = sources.stream().flatMap(source -> source.find(caller, wanted, PER_SOURCE).stream())
                .toList();
        audit.allowed(AuditAction.LIST, RECORD_TYPE, wanted, "search for \u201c" + wanted + "\u201d: " + hits.size()
                + " found");
        return hits;
    }
}
