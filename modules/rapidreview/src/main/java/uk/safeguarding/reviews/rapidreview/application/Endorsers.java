package uk.safeguarding.reviews.rapidreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.reviews.agencies.application.AgencyLookup;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.rapidreview.domain.Endorsement;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeeting;

/**
 * Who may endorse a meeting's outcome for whom (§7.12): the Independent Adviser the outcome names,
 * and each statutory partner's representative (a statutory-partner user who is a named contact of an
 * agency standing for that partner).
 */
@ApplicationScoped
public class Endorsers {

    @Inject
    private AgencyLookup agencies;

    /** Which endorsements the caller may give on this meeting, of the review's statutory partners. */
    public List<String> mayEndorseFor(Caller caller, RapidReviewMeeting meeting, List<String> partners) {
        List<String> may = new ArrayList<>();
        if (meeting.independentAdviser() != null && meeting.independentAdviser().equalsIgnoreCase(caller.username())) {
            may.add(Endorsement.INDEPENDENT_ADVISER);
        }
        if (caller.hasRole(Role.STATUTORY_PARTNER)) {
            agencies.ofContact(caller.username()).stream().map(AgencyView::statutoryPartner)
                    .filter(p -> p != null && partners.contains(p) && !may.contains(p)).forEach(may::add);
        }
        return may;
    }
}
