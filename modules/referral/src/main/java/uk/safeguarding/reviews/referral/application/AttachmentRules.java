package uk.safeguarding.reviews.referral.application;

import java.util.List;

/** The partnership's accepted kinds of file and size limit, as pages show them. */
public record AttachmentRules(List<String> extensions, long maxBytes) {

    public AttachmentRules {
        extensions = List.copyOf(extensions);
    }
}
