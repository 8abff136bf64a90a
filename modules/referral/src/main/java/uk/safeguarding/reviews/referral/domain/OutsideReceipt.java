package uk.safeguarding.reviews.referral.domain;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * A referral received from outside the product and keyed in by the business unit on the sender's
 * behalf (§7.3-7.4): who sent it, how it came and when the partnership received it. The partnership's
 * 24 hours to forward it (§7.5, "within 24 hours of receipt") and the Rapid Review's 15 days (§4.2)
 * count from {@code receivedAt}, not from when it was typed in.
 *
 * @param sourceName the sender's organisation when {@code source} is {@link OutsideSource#OTHER}; null otherwise
 */
public record OutsideReceipt(OutsideSource source, String sourceName, OutsideChannel channel,
        OffsetDateTime receivedAt) {

    public static final int SOURCE_NAME_MAX = 200;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    /**
     * The moment a day and a time of day in England were: the business unit types both as they read
     * them on the e-mail or letter; a missing one is refused beside its own field.
     */
    public static OffsetDateTime at(java.time.LocalDate day, java.time.LocalTime time) {
        if (day == null) {
            throw InvalidFieldException.refused("receivedOn", "referral.outside-receipt.say-when-received");
        }
        if (time == null) {
            throw InvalidFieldException.refused("receivedTime", "referral.outside-receipt.say-what-time-received");
        }
        return day.atTime(time).atZone(UK).toOffsetDateTime();
    }

    /**
     * A receipt as keyed in, checked against the moment it is keyed in and the incident it reports:
     * each refusal names the field to put right.
     */
    public static OutsideReceipt keyedIn(OutsideSource source, String sourceName, OutsideChannel channel,
            OffsetDateTime receivedAt, java.time.LocalDate incidentDate, OffsetDateTime now) {
        Objects.requireNonNull(now, "now");
        if (source == null) {
            throw InvalidFieldException.refused("source", "referral.outside-receipt.choose-who-sent-it");
        }
        String named = Texts.blankToNull(sourceName);
        if (source == OutsideSource.OTHER && named == null) {
            throw InvalidFieldException.refused("sourceName", "referral.outside-receipt.name-who-sent-it");
        }
        Texts.requireAtMost("sourceName", named, SOURCE_NAME_MAX);
        if (channel == null) {
            throw InvalidFieldException.refused("channel", "referral.outside-receipt.choose-how-it-came");
        }
        if (receivedAt == null) {
            throw InvalidFieldException.refused("receivedOn", "referral.outside-receipt.say-when-received");
        }
        if (receivedAt.isAfter(now)) {
            throw InvalidFieldException.refused("receivedOn", "referral.outside-receipt.received-not-future");
        }
        if (incidentDate != null && receivedAt.atZoneSameInstant(UK).toLocalDate().isBefore(incidentDate)) {
            throw InvalidFieldException.refused("receivedOn", "referral.outside-receipt.received-before-incident");
        }
        return new OutsideReceipt(source, source == OutsideSource.OTHER ? named : null, channel, receivedAt);
    }
}
