package cn.govdisclosure.report;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

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

    /** Recording a report published elsewhere as published, with the findings its published document has. */
    @Schema(name = "RecordPublicationInput")
    public record RecordPublication(
            @NotNull(message = "is required: the date the report was published")
            @Schema(description = "When the report was published; not in the future, not before the report year ended")
            LocalDate publishedDate,
            @Size(max = 2000, message = "must be at most 2000 characters")
            @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
            @Schema(description = "Where it was published", examples = "https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202403/t20240308_87885.htm")
            String url,
            @Size(max = 500, message = "must hold at most 500 acknowledgements")
            @Schema(description = "Every error-level finding of GET …/checks (and any warning you wish to answer), "
                    + "named by its rule and place, with the reason it stands in the published document")
            List<@Valid @NotNull(message = "must not be null") Acknowledgement> acknowledgements) {

        List<Acknowledgement> acknowledgementsOrNone() {
            return acknowledgements == null ? List.of() : acknowledgements;
        }
    }

    /** One finding of the checks accepted as published, with the reason. */
    @Schema(name = "AcknowledgementInput")
    public record Acknowledgement(
            @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters")
            @Schema(examples = "T3-TOTAL") String rule,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
            @Schema(examples = "3/TOTAL_CONCLUDED/OTHER_ORGANIZATION") String place,
            @NotBlank(message = "is required: say why the published figure stands")
            @Size(max = 500, message = "must be at most 500 characters") String reason) {
    }

    /** Starting a correction of a published report. */
    @Schema(name = "RevisionInput")
    public record Revise(
            @NotBlank(message = "is required: say what the correction is for")
            @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
    }
}
