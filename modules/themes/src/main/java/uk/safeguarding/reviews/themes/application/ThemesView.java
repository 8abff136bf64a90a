package uk.safeguarding.reviews.themes.application;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/** The taxonomy: the themes in use in order, the retired ones, and every version, newest first. */
public record ThemesView(List<ThemeLine> inUse, List<ThemeLine> retired, List<Version> versions, boolean mayChange)
        implements Serializable {

    /** One version: who changed the list, when, why and what changed. */
    public record Version(int number, String changedBy, OffsetDateTime changedAt, String reason, String summary)
            implements Serializable {
    }

    /** The themes in use, one to a line, as the change form starts. */
    public String lines() {
        return String.join("\n", inUse.stream().map(ThemeLine::label).toList());
    }
}
