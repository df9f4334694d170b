package cn.govdisclosure.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One notice year of the official calendar. */
@Schema(name = "Calendar")
public record CalendarView(int year, List<Holiday> holidays, List<MakeupWorkday> makeupWorkdays, Instant updatedAt) {

    /** A holiday with every day off it comprises (weekend days included). */
    @Schema(name = "CalendarHoliday")
    public record Holiday(@Schema(examples = "春节") String name, List<LocalDate> dates) {
    }

    /** A weekend day that is a working day. */
    @Schema(name = "CalendarMakeupWorkday")
    public record MakeupWorkday(String name, LocalDate date) {
    }
}
