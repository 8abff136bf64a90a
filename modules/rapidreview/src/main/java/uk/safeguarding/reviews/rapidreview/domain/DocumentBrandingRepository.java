package uk.safeguarding.reviews.rapidreview.domain;

import java.util.Optional;

/** The current tenant's document branding (one row). */
public interface DocumentBrandingRepository {

    Optional<DocumentBranding> find();

    void add(DocumentBranding branding);
}
