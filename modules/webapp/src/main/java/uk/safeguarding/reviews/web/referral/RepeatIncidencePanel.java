package uk.safeguarding.reviews.web.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.referral.application.RepeatIncidence;

/**
 * The referral page's section on repeat incidence (§10.3 i), for those who decide on referrals: the
 * completed reviews it shares themes with and the judgement against each. Read once a request.
 */
@Named
@RequestScoped
public class RepeatIncidencePanel {

    @Inject
    private RepeatIncidence repeats;

    private RepeatIncidence.RepeatView view;
    private boolean read;

    /** Null for anyone who does not decide on referrals: they are not asked, so nothing is refused or audited. */
    public RepeatIncidence.RepeatView of(String referralId) {
        if (!read) {
            read = true;
            if (!repeats.offered()) {
                return null;
            }
            try {
                view = repeats.of(referralId);
            } catch (AccessDeniedException | RecordNotFoundException e) {
                view = null;
            }
        }
        return view;
    }
}
