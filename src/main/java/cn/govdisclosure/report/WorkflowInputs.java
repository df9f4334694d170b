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
            @NotBlank(message = "{field.required.comment}")
            @Size(max = 2000, message = "{field.too-long}") String comment) {
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
            @NotNull(message = "{field.required.published-date}")
            @Schema(description = "When the report was published; not in the future, not before the report year ended")
            LocalDate publishedDate,
            @Size(max = 2000, message = "{field.too-long}")
            @Pattern(regexp = "https?://\\S+", message = "{field.url}")
            @Schema(description = "Where it was published", examples = "https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202403/t20240308_87885.htm")
            String url,
            @Size(max = 500, message = "{field.too-many.acknowledgements}")
            @Schema(description = "Every error-level finding of GET …/checks (and any warning you wish to answer), "
                    + "named by its rule and place, with the reason it stands in the published document")
            List<@Valid @NotNull(message = "{field.not-null}") Acknowledgement> acknowledgements) {

        List<Acknowledgement> acknowledgementsOrNone() {
            return acknowledgements == null ? List.of() : acknowledgements;
        }
    }

    /** One finding of the checks accepted as published, with the reason. */
    @Schema(name = "AcknowledgementInput")
    public record Acknowledgement(
            @NotBlank(message = "{field.required}") @Size(max = 40, message = "{field.too-long}")
            @Schema(examples = "T3-TOTAL") String rule,
            @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.too-long}")
            @Schema(examples = "3/TOTAL_CONCLUDED/OTHER_ORGANIZATION") String place,
            @NotBlank(message = "{field.required.acknowledgement-reason}")
            @Size(max = 500, message = "{field.too-long}") String reason) {
    }

    /** Starting a correction of a published report. */
    @Schema(name = "RevisionInput")
    public record Revise(
            @NotBlank(message = "{field.required.correction-reason}")
            @Size(max = 2000, message = "{field.too-long}") String reason) {
    }
}
