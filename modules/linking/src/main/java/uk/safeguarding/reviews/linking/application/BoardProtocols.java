package uk.safeguarding.reviews.linking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.linking.domain.ReviewLinkStore;
import uk.safeguarding.reviews.tenancy.api.InterBoardProtocols;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.tenancy.domain.TenantRegistry;

/**
 * The platform's pages agree and end inter-board protocols (§4.3, issue 18) through this. The act
 * itself runs in the first board's context, as the administrator, so it is recorded in both boards'
 * trails in the same transaction as the protocol's row ({@link PossibleLinks}).
 */
@ApplicationScoped
public class BoardProtocols implements InterBoardProtocols {

    @Inject
    private ReviewLinkStore store;

    @Inject
    private TenantRegistry registry;

    @Inject
    private PossibleLinks possibleLinks;

    @Override
    public List<Protocol> agreed() {
        return store.protocols();
    }

    @Override
    public boolean agree(String first, String second, Caller administrator) {
        Tenant one = activeBoard(first, "first");
        Tenant other = activeBoard(second, "second");
        if (one.slug().equals(other.slug())) {
            throw InvalidFieldException.refused("second", "linking.board-protocols.choose-two-different-boards-board");
        }
        if (inForce(one.slug(), other.slug())) {
            return false;
        }
        run(one, administrator, () -> possibleLinks.agreeProtocol(one.slug(), other.slug()));
        return true;
    }

    @Override
    public boolean end(String first, String second, String reason, Caller administrator) {
        if (reason == null || reason.isBlank()) {
            throw InvalidFieldException.refused("reason", "linking.board-protocols.say-why-protocol-ends-both");
        }
        if (first == null || second == null || !inForce(first, second)) {
            return false;
        }
        Tenant one = registry.findBySlug(first).orElseThrow();
        boolean[] ended = new boolean[1];
        run(one, administrator, () -> ended[0] = possibleLinks.endProtocol(first, second, reason.strip()));
        return ended[0];
    }

    private boolean inForce(String first, String second) {
        return store.protocols().stream().anyMatch(p -> p.firstSlug().equals(first) && p.secondSlug().equals(second)
                || p.firstSlug().equals(second) && p.secondSlug().equals(first));
    }

    private Tenant activeBoard(String slug, String field) {
        if (slug == null || slug.isBlank()) {
            throw InvalidFieldException.refused(field, "linking.board-protocols.choose-board");
        }
        return registry.findBySlug(slug).filter(Tenant::isActive).orElseThrow(() ->
                InvalidFieldException.refused(field, "linking.board-protocols.choose-board-active-service"));
    }

    private static void run(Tenant board, Caller administrator, Runnable act) {
        TenantContext.run(board.asActive(), administrator, act);
    }
}
