package cn.govdisclosure.report;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the workflow steps. */
public final class WorkflowInputs {

    private WorkflowInputs() {
    }

    /** Sending a submitted report back to its editor. */
    @Schema(name = "ReturnInput")
    public record Return(
            @NotBlank(message = "is required: tell the editor what to change")
            @Size(max = 2000, message = "must be at most 2000 characters") String comment) {
    }

    /** Publishing; the date defaults to today. */
    @Schema(name = "PublishInput")
    public record Publish(
            @Schema(description = "The publication date when it lies in the past (a report published elsewhere and "
                    + "recorded later); defaults to today. It must not be in the future nor before the end of the "
                    + "report year.")
            LocalDate publishedDate) {
    }

    /** Starting a correction of a published report. */
    @Schema(name = "RevisionInput")
    public record Revise(
            @NotBlank(message = "is required: say what the correction is for")
            @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
    }
}
