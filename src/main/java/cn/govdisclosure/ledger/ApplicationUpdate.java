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
        @NotNull(message = "{field.required}") LocalDate receivedDate,
        @NotNull(message = "{field.required}") Channel channel,
        @NotNull(message = "{field.required}") ApplicantType applicantType,
        @NotNull(message = "{field.required}") @Valid Applicant applicant,
        @NotBlank(message = "{field.required}") @Size(max = 2000, message = "{field.too-long}") String subject,
        Outcome outcome,
        LocalDate concludedDate) {

    ApplicationContent content() {
        return new ApplicationContent(receivedDate, channel, applicantType, applicant, subject, outcome, concludedDate);
    }
}
