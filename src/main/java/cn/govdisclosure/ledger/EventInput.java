package cn.govdisclosure.ledger;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new timeline event. CONCLUDED needs an outcome. */
@Schema(name = "EventInput")
public record EventInput(
        @NotNull(message = "is required") EventType type,
        @NotNull(message = "is required") @Schema(examples = "2020-04-02") LocalDate date,
        Outcome outcome,
        @Size(max = 1000, message = "must be at most 1000 characters") String note) {
}
