package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.util.List;

/** A review's family members and whether the signed-in person records their involvement (§6). */
public record FamilyView(String reviewId, String reviewReference, List<FamilyMemberView> members, boolean mayRecord)
        implements Serializable {
}
