package uk.safeguarding.reviews.referral.application;

import java.time.OffsetDateTime;
import uk.safeguarding.reviews.kernel.PlainDates;
import java.util.Arrays;
import java.util.List;
import uk.safeguarding.reviews.referral.domain.ReferralKind;
import uk.safeguarding.reviews.referral.domain.ReferralRepository.InboxQuery;
import uk.safeguarding.reviews.referral.domain.ReferralRepository.Order;
import uk.safeguarding.reviews.referral.domain.ReferralStatus;

/**
 * What the referral inbox is narrowed to and ordered by (issue 14 §2): where a referral stands, which
 * form it is, the year it was received, and newest or oldest first. Anything a page cannot read (an
 * unknown status, a year that is not a number, a status the inbox never holds) narrows nothing.
 */
public record InboxFilter(ReferralStatus status, ReferralKind kind, Integer year, Order sort) {

    /** The statuses of a referral the partnership has received: what the inbox can be narrowed to. */
    public static final List<ReferralStatus> RECEIVED = List.of(ReferralStatus.SUBMITTED, ReferralStatus.WITH_PANEL,
            ReferralStatus.RETURNED, ReferralStatus.DECIDED, ReferralStatus.DISPUTED, ReferralStatus.HANDED_OVER);

    /** Everything received, newest first (after {@link #RECEIVED}, which its constructor reads). */
    public static final InboxFilter NONE = new InboxFilter(null, null, null, Order.NEWEST);

    public InboxFilter {
        status = status != null && RECEIVED.contains(status) ? status : null;
        sort = sort == null ? Order.NEWEST : sort;
    }

    /** From a page's parameters, as typed into its address: what cannot be read is left out. */
    public static InboxFilter of(String status, String kind, String year, String sort) {
        return new InboxFilter(named(ReferralStatus.values(), status), named(ReferralKind.values(), kind),
                year != null && year.strip().matches("\\d{4}") ? Integer.valueOf(year.strip()) : null,
                named(Order.values(), sort));
    }

    private static <E extends Enum<E>> E named(E[] values, String name) {
        String wanted = name == null ? "" : name.strip();
        return Arrays.stream(values).filter(v -> v.name().equalsIgnoreCase(wanted)).findFirst().orElse(null);
    }

    public boolean narrows() {
        return status != null || kind != null || year != null;
    }

    /** The store's terms: a year is the span of its days in the UK. */
    InboxQuery query() {
        OffsetDateTime from = year == null ? null : PlainDates.startOfYear(year);
        OffsetDateTime before = year == null ? null : PlainDates.startOfYear(year + 1);
        return new InboxQuery(status, kind, from, before, sort);
    }
}
