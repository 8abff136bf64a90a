package uk.safeguarding.reviews.clocks.domain;

import java.util.Arrays;
import java.util.Optional;

/** The bank-holiday regions of the UK, named as GOV.UK's bank-holidays file names its divisions. */
public enum Region {
    ENGLAND_AND_WALES("england-and-wales", "England and Wales"),
    SCOTLAND("scotland", "Scotland"),
    NORTHERN_IRELAND("northern-ireland", "Northern Ireland");

    private final String govUkDivision;
    private final String plainName;

    Region(String govUkDivision, String plainName) {
        this.govUkDivision = govUkDivision;
        this.plainName = plainName;
    }

    /** The region as people name it, for the words of a refusal. */
    public String plainName() {
        return plainName;
    }

    public String govUkDivision() {
        return govUkDivision;
    }

    public static Optional<Region> fromGovUkDivision(String division) {
        return Arrays.stream(values()).filter(r -> r.govUkDivision.equals(division)).findFirst();
    }
}
