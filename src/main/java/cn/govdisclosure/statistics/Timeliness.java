package cn.govdisclosure.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.ledger.Channel;

/**
 * How promptly the applications concluded in the year were answered (办结及时率), and where the year's
 * new applications came from. Percentiles are nearest-rank over the working days to conclusion.
 */
@Schema(name = "Timeliness")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Timeliness(
        long concludedOnTime,
        long concludedLate,
        @Schema(description = "Concluded, but the working days could not be counted (a needed calendar year is not loaded)")
        long concludedUncounted,
        @Schema(description = "On time ÷ counted conclusions, in percent with two decimals; absent without conclusions",
                examples = "100.00") BigDecimal timelinessRatePercent,
        Integer medianWorkingDays,
        Integer p90WorkingDays,
        List<Bucket> workingDaysHistogram,
        @Schema(description = "Applications received in the year, by channel") Map<Channel, Long> receivedByChannel,
        @Schema(description = "Applications received in the year, by applicant type") Map<ApplicantType, Long> receivedByApplicantType) {

    /** Conclusions whose working days fall in [from, to] ({@code to} absent for the open last bucket). */
    @Schema(name = "WorkingDaysBucket")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Bucket(@Schema(examples = "1-5") String label, int from, Integer to, long count) {
    }
}
