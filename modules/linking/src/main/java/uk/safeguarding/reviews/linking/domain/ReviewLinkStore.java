package uk.safeguarding.reviews.linking.domain;

import java.util.List;
import java.util.Optional;

/** {@code platform.review_link} and {@code platform.board_protocol}: always asked on behalf of named boards. */
public interface ReviewLinkStore {

    void add(ReviewLink link);

    /** Locks the link for a change, if the board is one of its sides. */
    Optional<ReviewLink> lockForBoard(String id, String tenantSlug);

    /** Every link, live or ended, with a side in any of the boards. */
    List<ReviewLink> touching(java.util.Collection<String> tenantSlugs);

    /** The links, live or ended, of one board's review. */
    List<ReviewLink> ofReview(String tenantSlug, String reviewId);

    /** Records a link's ends and their sides' boards and reviews as they now stand. */
    void update(ReviewLink link);

    /** The boards that agreed an inter-board protocol with this one. */
    List<String> protocolPartners(String tenantSlug);

    void agreeProtocol(String first, String second);

    /** Ends the protocol between the two boards; false if they had none. */
    boolean endProtocol(String first, String second);

    /** Every protocol in force, read from the platform schema without any board's context (platform pages). */
    List<uk.safeguarding.reviews.tenancy.api.InterBoardProtocols.Protocol> protocols();
}
