package uk.safeguarding.reviews.agencies.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import uk.safeguarding.reviews.agencies.domain.AgencyKind;

/** An agency as a business manager types it. Messages: ContributorValidationMessages.properties. */
public class AgencyForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{agency.name.required}")
    @Size(max = 200, message = "{agency.name.tooLong}")
    private String name;

    @NotNull(message = "{agency.kind.required}")
    private AgencyKind kind;

    /** Empty, or one of the partnership's statutory partners (Thresholds). */
    private String statutoryPartner;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AgencyKind getKind() {
        return kind;
    }

    public void setKind(AgencyKind kind) {
        this.kind = kind;
    }

    public String getStatutoryPartner() {
        return statutoryPartner;
    }

    public void setStatutoryPartner(String statutoryPartner) {
        this.statutoryPartner = statutoryPartner;
    }
}
