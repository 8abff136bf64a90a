package uk.safeguarding.reviews.clocks.domain;

import java.util.Arrays;
import java.util.Optional;

/** The bank-holiday regions of the UK, named as GOV.UK's bank-holidays file names its divisions. */
public enum Region {
    ENGLAND_AND_WALES("england-and-wales"),
    SCOTLAND("scotland"),
    NORTHERN_IRELAND("northern-ireland");

    private final String govUkDivision;

    Region(String govUkDivision) {
        this.govUkDivision = govUkDivision;
    }

    public String govUkDivision() {
        return govUkDivision;
    }

    public static Optional<Region> fromGovUkDivision(String division) {
        return Arrays.stream(values()).filter(r -> r.govUkDivision.equals(division)).findFirst();
    }
}
