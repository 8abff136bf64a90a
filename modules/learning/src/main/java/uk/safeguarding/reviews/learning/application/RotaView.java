package uk.safeguarding.reviews.learning.application;

import java.io.Serializable;
import java.util.List;

/** The verification rota as its settings page shows it: the scrutineers in turn, whose turn is next, the agencies. */
public record RotaView(List<Member> members, String nextUsername, List<ActionPlanView.Option> agencies)
        implements Serializable {

    public RotaView {
        members = List.copyOf(members);
        agencies = List.copyOf(agencies);
    }

    /** One scrutineer. */
    public record Member(String id, int turn, String username, String displayName, String agencyName)
            implements Serializable {
    }
}
