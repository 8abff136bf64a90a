package uk.safeguarding.reviews.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.search.SearchHit;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.web.shell.Messages;

/** The search results page: what the header's search box found, or why it searched for nothing. */
@Named
@RequestScoped
public class SearchPage {

    @Inject
    private SiteSearch search;

    private String q;
    private List<SearchHit> hits = List.of();
    private boolean searched;
    private String problem;

    /** View action: searches once the page has its words. */
    public void load() {
        if (q == null) {
            return;
        }
        try {
            hits = search.find(TenantContext.caller(), q);
            searched = true;
        } catch (InvalidFieldException e) {
            problem = e.getMessage();
            Messages.errorFor("q", problem);
        }
    }

    public List<SearchHit> getHits() {
        return hits;
    }

    public String getProblem() {
        return problem;
    }

    public boolean isSearched() {
        return searched;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
