package cn.govdisclosure.ledger;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.format.Outcome;

/**
 * The corrected content of a mistaken entry. It replaces every field; the tracking number and the
 * agency never change. Setting or clearing the outcome corrects the timeline's conclusion too.
 */
@Schema(name = "ApplicationUpdate")
public record ApplicationUpdate(
        @NotNull(message = "is required") LocalDate receivedDate,
        @NotNull(message = "is required") Channel channel,
        @NotNull(message = "is required") ApplicantType applicantType,
        @NotNull(message = "is required") @Valid Applicant applicant,
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String subject,
        Outcome outcome,
        LocalDate concludedDate) {

    ApplicationContent content() {
        return new ApplicationContent(receivedDate, channel, applicantType, applicant, subject, outcome, concludedDate);
    }
}
