package uk.safeguarding.reviews.clocks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/**
 * Where the partnership's escalations go: the business unit's shared mailbox, so that an overdue
 * clock reaches whoever is on duty rather than one person. One row per partnership.
 */
@Entity
@Table(name = "notice_settings")
public class NoticeSettings {

    private static final int THE_ROW = 1;

    @Id
    private int id = THE_ROW;

    @Column(name = "business_unit_email", nullable = false)
    private String businessUnitEmail;

    @Column(name = "panel_email")
    private String panelEmail;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected NoticeSettings() {
        // for JPA
    }

    public NoticeSettings(String businessUnitEmail, String by, OffsetDateTime at) {
        change(businessUnitEmail, by, at);
    }

    public final void change(String email, String by, OffsetDateTime at) {
        String address = ClockOwner.address("businessUnitEmail", email); // the same address rule as an owner's
        if (address == null) {
            throw InvalidFieldException.refused("businessUnitEmail", "clocks.notice-settings.enter-business-unit-mailbox");
        }
        this.businessUnitEmail = address;
        this.updatedBy = Objects.requireNonNull(by, "by");
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    /** The Virtual Panel's mailbox (a distribution list), or empty to send the panel nothing. */
    public void changePanelEmail(String email, String by, OffsetDateTime at) {
        this.panelEmail = ClockOwner.address("panelEmail", email); // the same address rule as an owner's
        this.updatedBy = Objects.requireNonNull(by, "by");
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    public String panelEmail() {
        return panelEmail;
    }

    public String businessUnitEmail() {
        return businessUnitEmail;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
