package cn.govdisclosure.ledger;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.AppealResult;

/** A review or litigation case; a concluded case has a result other than PENDING and a conclusion date. */
@Schema(name = "AppealInput")
public record AppealInput(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        @Schema(description = "The case number given by the review body or court; unique within the agency",
                examples = "（2020）闽0504行初12号") String caseNumber,
        @NotNull(message = "is required") AppealKind kind,
        @NotNull(message = "is required") @Schema(examples = "2020-06-01") LocalDate filedDate,
        @NotNull(message = "is required") AppealResult result,
        LocalDate concludedDate,
        @Schema(description = "Tracking number of the application the case is about, in the same agency")
        String applicationTrackingNumber) {
}
