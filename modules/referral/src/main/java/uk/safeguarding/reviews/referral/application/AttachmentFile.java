package uk.safeguarding.reviews.referral.application;

/** An attachment's content, for download. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {
}
