package uk.safeguarding.reviews.linking.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import uk.safeguarding.reviews.tenancy.api.PartnershipDataElsewhere;

/**
 * A deleted partnership's possible-link fingerprints and inter-board protocols (issue 18). Links
 * already made stay: the other board's side of a link is its own record. Through the platform's own
 * connection: the deletion runs in no partnership's context, the partnership's schema being gone.
 */
@ApplicationScoped
public class PlatformLinkingData implements PartnershipDataElsewhere {

    @Resource(lookup = "jdbc/safeguarding")
    private DataSource platform;

    @Override
    public void deleteOf(String slug) {
        try (Connection c = platform.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement fingerprints = c.prepareStatement(
                    "DELETE FROM platform.subject_fingerprint WHERE tenant = ?");
                    PreparedStatement protocols = c.prepareStatement(
                            "DELETE FROM platform.board_protocol WHERE first_tenant = ? OR second_tenant = ?")) {
                fingerprints.setString(1, slug);
                fingerprints.executeUpdate();
                protocols.setString(1, slug);
                protocols.setString(2, slug);
                protocols.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete the platform's possible-link data of " + slug, e);
        }
    }
}
