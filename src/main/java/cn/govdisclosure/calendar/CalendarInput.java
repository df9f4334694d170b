package cn.govdisclosure.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A year's notice: every holiday day off and every make-up working day. */
@Schema(name = "CalendarInput")
public record CalendarInput(
        @NotNull(message = "is required") List<@Valid @NotNull(message = "must not be null") Holiday> holidays,
        @NotNull(message = "is required") List<@Valid @NotNull(message = "must not be null") MakeupWorkday> makeupWorkdays) {

    @Schema(name = "CalendarHolidayInput")
    public record Holiday(
            @NotBlank(message = "is required") @Size(max = 50, message = "must be at most 50 characters") String name,
            @NotEmpty(message = "must list at least one date") List<@NotNull(message = "must not be null") LocalDate> dates) {
    }

    @Schema(name = "CalendarMakeupWorkdayInput")
    public record MakeupWorkday(
            @NotBlank(message = "is required") @Size(max = 50, message = "must be at most 50 characters") String name,
            @NotNull(message = "is required") LocalDate date) {
    }
}
