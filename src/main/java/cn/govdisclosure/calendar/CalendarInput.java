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
        @NotNull(message = "{field.required}") List<@Valid @NotNull(message = "{field.not-null}") Holiday> holidays,
        @NotNull(message = "{field.required}") List<@Valid @NotNull(message = "{field.not-null}") MakeupWorkday> makeupWorkdays) {

    @Schema(name = "CalendarHolidayInput")
    public record Holiday(
            @NotBlank(message = "{field.required}") @Size(max = 50, message = "{field.too-long}") String name,
            @NotEmpty(message = "{field.required.dates}") List<@NotNull(message = "{field.not-null}") LocalDate> dates) {
    }

    @Schema(name = "CalendarMakeupWorkdayInput")
    public record MakeupWorkday(
            @NotBlank(message = "{field.required}") @Size(max = 50, message = "{field.too-long}") String name,
            @NotNull(message = "{field.required}") LocalDate date) {
    }
}
