package cn.govdisclosure.ledger;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.AppealResult;
import cn.govdisclosure.platform.Identifiers;

/** A review or litigation case; a concluded case has a result other than PENDING and a conclusion date. */
@Schema(name = "AppealInput")
public record AppealInput(
        @NotBlank(message = "{field.required}") @Size(max = 100, message = "{field.too-long}")
        @Pattern(regexp = Identifiers.CASE_NUMBER, message = "{field.identifier.case-number}")
        @Schema(description = "The case number given by the review body or court; unique within the agency. "
                + "Full-width letters and digits are stored as ASCII", examples = "（2020）闽0504行初12号")
        String caseNumber,
        @NotNull(message = "{field.required}") AppealKind kind,
        @NotNull(message = "{field.required}") @Schema(examples = "2020-06-01") LocalDate filedDate,
        @NotNull(message = "{field.required}") AppealResult result,
        LocalDate concludedDate,
        @Schema(description = "Tracking number of the application the case is about, in the same agency")
        String applicationTrackingNumber) {

    /** Full-width letters and digits of the identifiers become ASCII before they are validated and compared. */
    public AppealInput {
        caseNumber = Identifiers.normalise(caseNumber);
        applicationTrackingNumber = Identifiers.normalise(applicationTrackingNumber);
    }
}
