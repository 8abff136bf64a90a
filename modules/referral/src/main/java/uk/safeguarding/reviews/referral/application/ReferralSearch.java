package uk.safeguarding.reviews.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.search.SearchHit;
import uk.safeguarding.reviews.kernel.search.SearchSource;
import uk.safeguarding.reviews.referral.domain.ReferralRepository;

/**
 * Referrals found by their reference or a child's initials (issue 14 §2), each only if the caller
 * may open it ({@link ReferralAccess#findVisible}'s rule, in the query): the business unit all; the
 * Virtual Panel those the partnership received; a referrer their own; a verifier those naming them.
 */
@ApplicationScoped
@Transactional
public class ReferralSearch implements SearchSource {

    @Inject
    private ReferralRepository referrals;

    @Override
    public List<SearchHit> find(Caller caller, String text, int limit) {
        ReferralRepository.Visibility visibility = new ReferralRepository.Visibility(
                caller.hasRole(Role.BUSINESS_MANAGER),
                caller.hasAnyRole(Role.PANEL_MEMBER, Role.INDEPENDENT_ADVISER),
                caller.hasRole(Role.REFERRER) ? caller.username() : null,
                caller.hasRole(Role.AGENCY_VERIFIER) ? caller.username() : null);
        if (!visibility.any()) {
            return List.of();
        }
        return referrals.search(SearchSource.likePattern(text), text.strip().toUpperCase(java.util.Locale.UK),
                visibility, limit).stream()
                .map(row -> new SearchHit("Referral", row.reference(), row.summary(),
                        "/app/referrals/view.xhtml?id=" + row.id()))
                .toList();
    }
}
