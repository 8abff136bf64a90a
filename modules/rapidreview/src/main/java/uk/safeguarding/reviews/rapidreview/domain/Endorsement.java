package uk.safeguarding.reviews.rapidreview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;

/**
 * §7.12: "The Independent Adviser and the three statutory partners endorse the outcome." One per
 * endorser: the Independent Adviser or a statutory partner, by the person who signed for it.
 */
@Embeddable
public class Endorsement {

    public static final String INDEPENDENT_ADVISER = "Independent Adviser";

    @Column(name = "endorses_for", nullable = false)
    private String endorsesFor;

    @Column(name = "username", nullable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "agrees", nullable = false)
    private boolean agrees;

    @Column(name = "comment")
    private String comment;

    @Column(name = "endorsed_at", nullable = false)
    private OffsetDateTime at;

    protected Endorsement() {
        // for JPA
    }

    Endorsement(String endorsesFor, String username, String displayName, boolean agrees, String comment,
            OffsetDateTime at) {
        this.endorsesFor = endorsesFor;
        this.username = username;
        this.displayName = displayName;
        this.agrees = agrees;
        this.comment = comment;
        this.at = at;
    }

    public String endorsesFor() {
        return endorsesFor;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public boolean agrees() {
        return agrees;
    }

    public String comment() {
        return comment;
    }

    public OffsetDateTime at() {
        return at;
    }
}
