package uk.safeguarding.reviews.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Whose turn it was last on the partnership's verification rota: the position of the scrutineer asked last. */
@Entity
@Table(name = "verification_rota_turn")
public class RotaTurn {

    /** The one row. */
    public static final String ID = "turn";

    @Id
    private String id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(name = "last_position", nullable = false)
    private int lastPosition;

    protected RotaTurn() {
        // for JPA
    }

    public static RotaTurn first() {
        RotaTurn turn = new RotaTurn();
        turn.id = ID;
        turn.lastPosition = 0;
        return turn;
    }

    public int lastPosition() {
        return lastPosition;
    }

    public void taken(RotaMember member) {
        lastPosition = member.position();
    }
}
