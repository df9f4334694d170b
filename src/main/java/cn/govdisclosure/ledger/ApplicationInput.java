package cn.govdisclosure.ledger;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.format.Outcome;
import cn.govdisclosure.platform.Identifiers;

/** A new ledger entry. A historical entry may carry its outcome and conclusion date. */
@Schema(name = "ApplicationInput")
public record ApplicationInput(
        @NotBlank(message = "{field.required}")
        @Pattern(regexp = Identifiers.TRACKING_NUMBER, message = "{field.identifier.tracking-number}")
        @Schema(description = "The agency's own number for the application; unique within the agency. Full-width "
                + "letters and digits are stored as ASCII", examples = "LJ-2020-001") String trackingNumber,
        @NotNull(message = "{field.required}") @Schema(examples = "2020-03-15") LocalDate receivedDate,
        @NotNull(message = "{field.required}") Channel channel,
        @NotNull(message = "{field.required}") ApplicantType applicantType,
        @NotNull(message = "{field.required}") @Valid Applicant applicant,
        @NotBlank(message = "{field.required}") @Size(max = 2000, message = "{field.too-long}")
        @Schema(description = "What information was asked for") String subject,
        Outcome outcome,
        LocalDate concludedDate) {

    /** Full-width letters and digits of the tracking number become ASCII before it is validated and compared. */
    public ApplicationInput {
        trackingNumber = Identifiers.normalise(trackingNumber);
    }

    ApplicationContent content() {
        return new ApplicationContent(receivedDate, channel, applicantType, applicant, subject, outcome, concludedDate);
    }
}
