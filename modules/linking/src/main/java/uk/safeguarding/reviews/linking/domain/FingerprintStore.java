package uk.safeguarding.reviews.linking.domain;

import java.util.Collection;
import java.util.List;

/** {@code platform.subject_fingerprint}: fingerprints and the record they came from; never an identity. */
public interface FingerprintStore {

    /** A record of one board whose subject has a fingerprint. */
    record Fingerprinted(String tenant, String recordType, String recordId, String reference, String fingerprint) {
    }

    /** Records the fingerprints of one record, once each. */
    void record(String tenant, String recordType, String recordId, String reference, Collection<String> fingerprints);

    List<Fingerprinted> ofBoard(String tenant);

    /** Other boards' records sharing any of these fingerprints, among the given boards only. */
    List<Fingerprinted> matching(Collection<String> fingerprints, Collection<String> amongBoards);
}
