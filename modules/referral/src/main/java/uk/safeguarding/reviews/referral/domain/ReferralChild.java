package uk.safeguarding.reviews.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;

/** A child the referral is about. A referral may concern several children (Document 7). */
@Entity
@Table(name = "referral_child")
public class ReferralChild {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "referral_id", nullable = false, updatable = false)
    private Referral referral;

    @Column(nullable = false)
    private int position;

    @NotNull
    @Pattern(regexp = Referral.INITIALS_PATTERN)
    @Column(nullable = false)
    private String initials;

    protected ReferralChild() {
        // for JPA
    }

    ReferralChild(Referral referral, int position, String initials) {
        this.id = UUID.randomUUID().toString();
        this.referral = referral;
        this.position = position;
        this.initials = initials;
    }

    public String initials() {
        return initials;
    }

    public int position() {
        return position;
    }
}
