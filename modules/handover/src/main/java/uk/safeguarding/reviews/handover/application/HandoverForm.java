package uk.safeguarding.reviews.handover.application;

import java.io.Serializable;

/** A business manager's proposal to hand a referral over (§10.2). */
public class HandoverForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String toPartnership;
    private String reason;
    private String legalBasis;
    private String sharedItems = "The referral form, its files and its history (submissions and decisions so far)";

    public String getToPartnership() {
        return toPartnership;
    }

    public void setToPartnership(String toPartnership) {
        this.toPartnership = toPartnership;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getSharedItems() {
        return sharedItems;
    }

    public void setSharedItems(String sharedItems) {
        this.sharedItems = sharedItems;
    }
}
