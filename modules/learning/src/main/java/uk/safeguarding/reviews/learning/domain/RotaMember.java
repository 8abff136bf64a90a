package uk.safeguarding.reviews.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * One scrutineer on the partnership's verification rota (§10.1: "normally members of the Practice
 * Review Sub-Group"): who they are, by their sign-in name, and the agency they come from, if any, so
 * that they are never asked to verify their own agency's action.
 */
@Entity
@Table(name = "verification_rota_member")
public class RotaMember {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,200}");

    @Id
    private String id;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, updatable = false)
    private String displayName;

    @Column(name = "agency_id", updatable = false)
    private String agencyId;

    @Column(name = "agency_name", updatable = false)
    private String agencyName;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private OffsetDateTime addedAt;

    protected RotaMember() {
        // for JPA
    }

    /** A scrutineer joins the end of the rota; their sign-in name and name refused beside the box otherwise. */
    public static RotaMember join(int position, String username, String displayName, String agencyId,
            String agencyName, String by, OffsetDateTime at) {
        RotaMember member = new RotaMember();
        member.id = UUID.randomUUID().toString();
        member.position = position;
        member.username = Texts.required("username", username, "learning.rota-member.enter-scrutineer-sign-name");
        if (!USERNAME.matcher(member.username).matches()) {
            throw InvalidFieldException.refused("username", "learning.rota-member.sign-name-letters-digits-dots");
        }
        member.displayName = Texts.required("displayName", displayName, "learning.rota-member.enter-scrutineer-name");
        Texts.requireAtMost("displayName", member.displayName, 300);
        member.agencyId = Texts.blankToNull(agencyId);
        member.agencyName = member.agencyId == null ? null : agencyName;
        member.addedBy = Objects.requireNonNull(by);
        member.addedAt = Objects.requireNonNull(at);
        return member;
    }

    /** Whether they may verify an action owned by {@code agencyId}: not if they come from that agency. */
    public boolean independentOf(String agencyId) {
        return this.agencyId == null || !this.agencyId.equals(agencyId);
    }

    public String id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String agencyId() {
        return agencyId;
    }

    public String agencyName() {
        return agencyName;
    }
}
