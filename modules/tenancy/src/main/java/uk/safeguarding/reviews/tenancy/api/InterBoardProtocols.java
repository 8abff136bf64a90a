package uk.safeguarding.reviews.tenancy.api;

import java.time.OffsetDateTime;
import java.util.List;
import uk.safeguarding.reviews.kernel.Caller;

/**
 * Inter-board protocols (§4.3, issue 18): two boards on the service (a children's partnership, an
 * adults board, a community safety partnership) agree to look for possible links between their
 * reviews. Agreed and ended by the platform's administrators on the platform's pages, recorded in
 * both boards' trails; never in code.
 */
public interface InterBoardProtocols {

    /** A protocol in force between two boards, by short name (the first before the second). */
    record Protocol(String firstSlug, String secondSlug, OffsetDateTime agreedAt) {
    }

    /** Every protocol in force, by the first board then the second. */
    List<Protocol> agreed();

    /**
     * Agrees a protocol between two active boards; false if they have one already. A board that is
     * not an active one of the service, or the same board twice, is refused beside its field
     * ({@code first}, {@code second}).
     */
    boolean agree(String first, String second, Caller administrator);

    /** Ends the protocol between two boards, with the reason (refused beside {@code reason} if missing); false if none. */
    boolean end(String first, String second, String reason, Caller administrator);
}
