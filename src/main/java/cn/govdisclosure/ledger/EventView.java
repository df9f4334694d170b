package cn.govdisclosure.ledger;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A timeline entry as the API shows it. */
@Schema(name = "ApplicationEvent")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventView(EventType type, LocalDate date, Outcome outcome, String note, Instant recordedAt) {

    static EventView of(ApplicationEvent event) {
        return new EventView(event.type, event.eventDate, event.outcome, event.note, event.recordedAt);
    }
}
