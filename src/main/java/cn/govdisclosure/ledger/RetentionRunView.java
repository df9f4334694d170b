package cn.govdisclosure.ledger;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a retention run anonymised, or, for a dry run, would anonymise. */
@Schema(name = "RetentionRun")
public record RetentionRunView(
        @Schema(description = "true: nothing was changed, the answer says what a run would do") boolean dryRun,
        @Schema(description = "The configured retention period (ISO-8601)", examples = "P10Y") String retention,
        @Schema(description = "Applications concluded before this day lose their applicant's details")
        LocalDate concludedBefore,
        @Schema(description = "How many applications were (or would be) anonymised") long count,
        @Schema(description = "Those applications by agency and tracking number, the first "
                + PersonalDataRetention.LISTED + " of them") List<Anonymised> applications,
        @Schema(description = "true when more applications were counted than listed") boolean truncated) {

    /** One application a run anonymised. */
    @Schema(name = "RetentionRunApplication")
    public record Anonymised(@Schema(description = "Agency code") String agency, String trackingNumber) {
    }
}
