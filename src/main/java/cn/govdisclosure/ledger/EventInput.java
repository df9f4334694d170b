package cn.govdisclosure.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import cn.govdisclosure.format.Outcome;
import cn.govdisclosure.platform.MoneyJson;

/**
 * A new timeline event. Which fields an event takes depends on its type: CONCLUDED an {@code outcome};
 * CORRECTION_REQUESTED a {@code deadline} for the applicant; EXTENDED {@code workingDays} and
 * {@code approvedBy}; CONSULTATION_STARTED a {@code counterpart}; FEE_NOTICE_SENT a {@code feeAmount}
 * and a payment {@code deadline}.
 */
@Schema(name = "EventInput")
public record EventInput(
        @NotNull(message = "{field.required}") EventType type,
        @NotNull(message = "{field.required}") @Schema(examples = "2020-04-02") LocalDate date,
        Outcome outcome,
        LocalDate deadline,
        Integer workingDays,
        @Size(max = 100, message = "{field.too-long}") String approvedBy,
        Counterpart counterpart,
        @JsonSerialize(using = MoneyJson.Writer.class) @JsonDeserialize(using = MoneyJson.Reader.class)
        @Schema(type = SchemaType.STRING, pattern = MoneyJson.PATTERN, examples = "12.50",
                description = "元, as a decimal string") BigDecimal feeAmount,
        @Size(max = 1000, message = "{field.too-long}") String note) {

    /** A conclusion with an outcome, the event the foundation's clients send. */
    public static EventInput concluded(LocalDate date, Outcome outcome) {
        return new EventInput(EventType.CONCLUDED, date, outcome, null, null, null, null, null, null);
    }
}
