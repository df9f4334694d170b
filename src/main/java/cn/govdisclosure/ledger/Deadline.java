package cn.govdisclosure.ledger;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An application's reply deadline as of a day: its status, the due date (absent while the clock is
 * stopped, or when the calendar of a needed year is not loaded), the working days used and allowed.
 */
@Schema(name = "Deadline")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Deadline(
        DeadlineStatus status,
        @Schema(description = "The last working day of the reply period; absent while the clock is stopped") LocalDate dueDate,
        @Schema(description = "Working days counted so far (until conclusion for a concluded application)") Integer workingDaysUsed,
        @Schema(description = "20, plus the extension") int workingDaysAllowed,
        @Schema(description = "Open, running and past its due date") boolean overdue,
        @Schema(description = "For a concluded application: whether it was concluded within its period") Boolean concludedOnTime,
        @Schema(description = "Years whose official calendar is needed but not loaded; the figures that need them are absent")
        List<Integer> calendarMissingYears) {
}
