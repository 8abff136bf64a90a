package uk.safeguarding.reviews.learning.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * §10.1: verification by scrutineers in turn. The next scrutineer after the one asked last, going
 * round the rota, skipping anyone from the agency that owns the action (no one verifies their own
 * agency's work); none when the rota is empty or everyone on it comes from that agency, and the
 * business unit verifies.
 */
public final class VerificationRota {

    private VerificationRota() {
    }

    public static Optional<RotaMember> next(List<RotaMember> members, int lastPosition, String owningAgencyId) {
        List<RotaMember> inTurn = members.stream().sorted(Comparator.comparingInt(RotaMember::position)).toList();
        List<RotaMember> after = inTurn.stream().filter(m -> m.position() > lastPosition).toList();
        List<RotaMember> before = inTurn.stream().filter(m -> m.position() <= lastPosition).toList();
        return java.util.stream.Stream.concat(after.stream(), before.stream())
                .filter(m -> m.independentOf(owningAgencyId)).findFirst();
    }
}
