package cn.govdisclosure.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import cn.govdisclosure.format.Outcome;
import cn.govdisclosure.platform.MoneyJson;

/** A timeline entry as the API shows it. */
@Schema(name = "ApplicationEvent")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventView(EventType type, LocalDate date, Outcome outcome, LocalDate deadline, Integer workingDays,
        String approvedBy, Counterpart counterpart,
        @JsonSerialize(using = MoneyJson.Writer.class) @Schema(type = SchemaType.STRING, pattern = MoneyJson.PATTERN,
                examples = "12.50", description = "元, as a decimal string") BigDecimal feeAmount,
        String note, Instant recordedAt) {

    static EventView of(ApplicationEvent event) {
        return new EventView(event.type, event.eventDate, event.outcome, event.deadline, event.workingDays,
                event.approvedBy, event.counterpart, event.feeAmount, event.note, event.recordedAt);
    }
}
