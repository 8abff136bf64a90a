package uk.safeguarding.reviews.rapidreview.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Information requests of the current tenant. */
public interface InformationRequestRepository {

    void add(InformationRequest request);

    Optional<InformationRequest> find(String id);

    List<InformationRequest> ofReview(String reviewId);
    /** A page of the requests to these agencies still answered here (not moved with a handed-over review), newest first. */
    List<InformationRequest> ofAgencies(Collection<String> agencyIds, int offset, int size);

    long countOfAgencies(Collection<String> agencyIds);

    /** The ids of the reviews that asked any of these agencies for information (§7.7). */
    List<String> reviewsAsking(Collection<String> agencyIds);

    /**
     * In the partnership a review was handed over from (§10.2): its requests are answered from the
     * receiving partnership now. Runs in the receiving side's transaction.
     */
    void markMovedIn(uk.safeguarding.reviews.tenancy.api.ActiveTenant source, String reviewId, String to);

    Optional<RequestLetterTemplate> letterTemplate();

    void saveLetterTemplate(RequestLetterTemplate template);
}
