package uk.safeguarding.reviews.chronology.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One Significant Practice Event in an agency's chronology (§7.8, Toolkit Document 9): what
 * happened, with the five principles of §7.8 (risk, response, impact on the risk and the child's
 * lived experience, multi-agency considerations, learning) and why the event is significant.
 *
 * <p>The record accepts incomplete entries (a missing date, no reasons) so that a form or an import
 * can hold what the agency gave and {@link ChronologyRules} can say what is wrong. Absent text is
 * held as an empty string; {@code time} is {@code null} when the agency does not know it.
 *
 * @param id the caller's identifier (a UUID string)
 * @param significance the §7.8 questions answered yes; copied, iterated in declaration order
 */
public record ChronologyEntry(
        String id,
        String agencyId,
        String agencyName,
        LocalDate date,
        LocalTime time,
        String whatHappened,
        String whoWasInvolved,
        String riskPresented,
        String agencyResponse,
        String impactOnChild,
        String multiAgencyConsiderations,
        String learning,
        Set<SignificanceReason> significance) {

    public ChronologyEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(agencyName, "agencyName");
        whatHappened = orEmpty(whatHappened);
        whoWasInvolved = orEmpty(whoWasInvolved);
        riskPresented = orEmpty(riskPresented);
        agencyResponse = orEmpty(agencyResponse);
        impactOnChild = orEmpty(impactOnChild);
        multiAgencyConsiderations = orEmpty(multiAgencyConsiderations);
        learning = orEmpty(learning);
        significance = significance == null || significance.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(SignificanceReason.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(significance));
    }

    /** The same entry under another id, e.g. the caller's once an import has been accepted. */
    public ChronologyEntry withId(String newId) {
        return new ChronologyEntry(newId, agencyId, agencyName, date, time, whatHappened, whoWasInvolved,
                riskPresented, agencyResponse, impactOnChild, multiAgencyConsiderations, learning, significance);
    }

    /** The same entry with {@code change} applied to every free-text field (see {@link EntryField#isText()}). */
    public ChronologyEntry withTexts(UnaryOperator<String> change) {
        return new ChronologyEntry(id, agencyId, agencyName, date, time, change.apply(whatHappened),
                change.apply(whoWasInvolved), change.apply(riskPresented), change.apply(agencyResponse),
                change.apply(impactOnChild), change.apply(multiAgencyConsiderations), change.apply(learning),
                significance);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
