package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import uk.safeguarding.reviews.review.application.ReviewCapability;

/** What the review groups capability brings to the engine (§8.2): a group meeting planned or held, which an exit may be keyed by. */
@ApplicationScoped
public class GroupMeetingsCapability implements ReviewCapability {

    @Override
    public Set<String> work() {
        return Set.of(GroupMeetings.PLANNED, GroupMeetings.HELD);
    }

    @Override
    public Set<String> documents() {
        return Set.of();
    }
}
