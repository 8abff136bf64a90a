package uk.safeguarding.reviews.tenancy.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.safeguarding.reviews.tenancy.domain.BoardKind;

/** What the platform administrator asks for when putting a partnership on the service (issue 18). */
public record NewPartnership(
        @NotBlank(message = "Enter a short name, such as eastfield")
        @Pattern(regexp = "[a-z][a-z0-9-]{1,40}|", message = "A short name is 2 to 41 lower-case letters, digits or"
                + " hyphens, starting with a letter, such as eastfield-sab")
        String slug,
        @NotBlank(message = "Enter the partnership's name") @Size(max = 200, message = "The name can be at most 200"
                + " characters") String displayName,
        @NotNull(message = "Choose the kind of board") BoardKind boardKind,
        @NotBlank(message = "Enter the region, such as North West") @Size(max = 100, message = "The region can be at"
                + " most 100 characters") String region,
        @NotBlank(message = "Enter the business unit's mailbox") @Email(message = "Enter the business unit's mailbox"
                + " as an e-mail address, such as business-unit@eastfield.example") @Size(max = 254,
                        message = "The mailbox can be at most 254 characters") String businessUnitMailbox,
        @NotBlank(message = "Enter the first business manager's full name") @Size(max = 200, message = "The name"
                + " can be at most 200 characters") String managerName,
        @NotBlank(message = "Enter the first business manager's e-mail address") @Email(message = "Enter the"
                + " business manager's e-mail address in the right format, such as name@eastfield.example")
        @Size(max = 254, message = "The e-mail address can be at most 254 characters") String managerEmail) {

    public NewPartnership {
        slug = trimmed(slug);
        displayName = trimmed(displayName);
        region = trimmed(region);
        businessUnitMailbox = trimmed(businessUnitMailbox);
        managerName = trimmed(managerName);
        managerEmail = managerEmail == null ? null : managerEmail.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String trimmed(String value) {
        return value == null ? null : value.strip();
    }
}
