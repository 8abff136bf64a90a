package uk.safeguarding.reviews.kernel.themes;

import java.util.Collection;
import uk.safeguarding.reviews.kernel.search.SearchHit;

/**
 * One kind of record that carries themes (issue 17, §10.1, §10.3 a): referrals, reviews, actions.
 * The module that holds the records answers for them, so that who may see or tag a record is decided
 * where the record's own access rule lives; the themes never see a record the person could not open.
 */
public interface TaggableRecords {

    /**
     * The kind's key, stored with each tag and naming the record in the audit trail: "referral",
     * "review", "plan-action".
     */
    String type();

    /** Whether the signed-in person may change the record's themes, asked quietly (what a page offers). */
    boolean mayTag(String id);

    /**
     * The record, described, if the signed-in person may change its themes; otherwise it is not found
     * for them ({@code RecordNotFoundException}), and the attempt is in the partnership's audit trail.
     */
    SearchHit requireTaggable(String id);

    /** Of these records, those the signed-in person may open, each described, keyed by id. */
    java.util.Map<String, SearchHit> visible(Collection<String> ids);

}
