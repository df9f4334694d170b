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

/** A new ledger entry. A historical entry may carry its outcome and conclusion date. */
@Schema(name = "ApplicationInput")
public record ApplicationInput(
        @NotBlank(message = "is required")
        @Pattern(regexp = ApplicationInput.TRACKING_NUMBER_PATTERN,
                message = "must be 1 to 64 characters without spaces, '/', '\\', '?', '#' or '%'")
        @Schema(description = "The agency's own number for the application; unique within the agency",
                examples = "LJ-2020-001") String trackingNumber,
        @NotNull(message = "is required") @Schema(examples = "2020-03-15") LocalDate receivedDate,
        @NotNull(message = "is required") Channel channel,
        @NotNull(message = "is required") ApplicantType applicantType,
        @NotNull(message = "is required") @Valid Applicant applicant,
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters")
        @Schema(description = "What information was asked for") String subject,
        Outcome outcome,
        LocalDate concludedDate) {

    static final String TRACKING_NUMBER_PATTERN = "^[^\\s/\\\\?#%]{1,64}$";

    ApplicationContent content() {
        return new ApplicationContent(receivedDate, channel, applicantType, applicant, subject, outcome, concludedDate);
    }
}
