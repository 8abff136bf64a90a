package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.practicereview.domain.TermsOfReference;

/**
 * A review's terms of reference: every version, the newest first, and what the signed-in person may
 * do with them (draft a version; record the review group's agreement and the Sub-Group's sign-off).
 */
public record TermsView(String reviewId, String reviewReference, List<TermsVersionView> versions, boolean mayDraft,
        boolean mayRecord) implements Serializable {

    public Optional<TermsVersionView> latest() {
        return versions.stream().findFirst();
    }

    /** The version signed off last: the terms the review works to while a newer one is settled (§8.1). */
    public Optional<TermsVersionView> inForce() {
        return versions.stream().filter(v -> v.state() == TermsOfReference.State.SIGNED_OFF).findFirst();
    }

    /** For the page, which cannot read an Optional. */
    public TermsVersionView getLatest() {
        return latest().orElse(null);
    }

    public TermsVersionView getInForce() {
        return inForce().orElse(null);
    }
}
