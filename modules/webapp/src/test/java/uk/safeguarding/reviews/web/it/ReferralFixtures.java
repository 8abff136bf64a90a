package uk.safeguarding.reviews.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.referral.domain.Referral;
import uk.safeguarding.reviews.referral.domain.ReferralRepository;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/** Stores referrals with chosen ids, which the service never lets a user pick. */
@ApplicationScoped
public class ReferralFixtures {

    /** The product's clock: bin/test --date moves it for this JVM and the test server alike. */
    private static final Clock CLOCK = ProductClock.configured();

    @Inject
    private ReferralRepository referrals;

    @Transactional
    public void storeDraft(String id, List<String> childInitials, String summary) {
        referrals.add(Referral.startDraft(id, childInitials, LocalDate.of(2026, 11, 2), summary,
                TenantContext.caller().username(), OffsetDateTime.now(CLOCK)));
    }

    @Transactional
    public List<Referral> allDraftsWithChildren() {
        List<Referral> drafts = referrals.findDrafts(10_000);
        drafts.forEach(r -> r.children().size());
        return drafts;
    }
}
