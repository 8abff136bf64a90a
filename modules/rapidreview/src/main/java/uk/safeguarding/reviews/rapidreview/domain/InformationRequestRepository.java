package uk.safeguarding.reviews.rapidreview.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Information requests of the current tenant. */
public interface InformationRequestRepository {

    void add(InformationRequest request);

    Optional<InformationRequest> find(String id);

    List<InformationRequest> ofReview(String reviewId);

    List<InformationRequest> ofAgencies(Collection<String> agencyIds, int limit);

    Optional<RequestLetterTemplate> letterTemplate();

    void saveLetterTemplate(RequestLetterTemplate template);
}
