package uk.safeguarding.reviews.review.domain.kind;

import java.util.List;

/**
 * A way out of a stage: the work whose doing takes it ({@code key}, e.g. {@code report-sent}), the
 * stage it leads to, and the named guards that must all allow it. Guards are code (a small plug-in
 * point); the data only names them, so a definition holds no scripts or expressions.
 */
public record StageExit(String key, String name, String to, List<String> guards) implements java.io.Serializable {

    public StageExit {
        guards = List.copyOf(guards);
    }
}
