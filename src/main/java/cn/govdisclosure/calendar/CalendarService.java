package cn.govdisclosure.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.govdisclosure.platform.ExpectedVersion;
import cn.govdisclosure.platform.InvalidInput;
import cn.govdisclosure.platform.Message;
import cn.govdisclosure.platform.NotFound;
import cn.govdisclosure.platform.ServiceClock;
import cn.govdisclosure.platform.Versioned;
import cn.govdisclosure.platform.Violation;

/** Reads and replaces notice years of the official calendar. */
@ApplicationScoped
public class CalendarService {

    private final CalendarRepository days;
    private final Event<CalendarChanged> changed;
    private final ServiceClock clock;
    private volatile Stamped current;

    CalendarService(CalendarRepository days, Event<CalendarChanged> changed, ServiceClock clock) {
        this.days = days;
        this.changed = changed;
        this.clock = clock;
    }

    /**
     * The whole calendar as the database holds it now. The days are kept in memory with the stamp of the notice
     * years they were read under ({@link CalendarRepository#stamp()}: one small query); they are read again
     * whenever the stamp differs, so a year replaced on any replica is seen by the next call here. The stamp and
     * the days are read in the caller's transaction, whose snapshot makes them agree.
     */
    public WorkingDayCalendar calendar() {
        CalendarStamp stamp = days.stamp();
        Stamped known = current;
        if (known != null && known.stamp().equals(stamp)) {
            return known.calendar();
        }
        WorkingDayCalendar read = read();
        current = new Stamped(stamp, read);
        return read;
    }

    private WorkingDayCalendar read() {
        Map<LocalDate, DayKind> exceptions = new HashMap<>();
        days.allDays().forEach(day -> exceptions.put(day.date(), day.kind()));
        return new WorkingDayCalendar(new HashSet<>(days.years()), exceptions);
    }

    private record Stamped(CalendarStamp stamp, WorkingDayCalendar calendar) {
    }

    public Versioned<CalendarView> get(int year) {
        CalendarYear notice = days.year(year).orElseThrow(() -> new NotFound(
                Message.of("detail.no-calendar", year)));
        return new Versioned<>(view(notice), notice.version);
    }

    /**
     * Loads or replaces a notice year. Replacing needs {@code If-Match}; afterwards every deadline
     * depending on the year is recomputed in the same transaction.
     */
    @Transactional
    public Versioned<CalendarView> replace(int year, CalendarInput input, ExpectedVersion expected) {
        checkYear(year);
        var existing = days.year(year);
        existing.ifPresent(notice -> expected.check(notice.version));
        Map<LocalDate, CalendarDay> entries = check(year, input);

        CalendarYear notice = existing.orElseGet(() -> {
            CalendarYear created = new CalendarYear();
            created.noticeYear = year;
            return created;
        });
        notice.updatedAt = clock.now();
        if (existing.isEmpty()) {
            days.getEntityManager().persist(notice);
        } else {
            // a new version even within the second of the last change: the ETag and the calendar's stamp move
            days.getEntityManager().lock(notice, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        days.deleteDaysOf(year);
        days.flush();
        entries.values().forEach(days::persist);
        days.flush();
        // read here, not through calendar(): what this transaction wrote is not kept before it commits
        changed.fire(new CalendarChanged(year, LocalDate.of(year - 1, 12, 1), LocalDate.of(year, 12, 31), read()));
        return new Versioned<>(view(notice), notice.version);
    }

    private Map<LocalDate, CalendarDay> check(int year, CalendarInput input) {
        List<Violation> errors = new ArrayList<>();
        Map<LocalDate, CalendarDay> entries = new LinkedHashMap<>();
        LocalDate first = LocalDate.of(year - 1, 12, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        for (int i = 0; i < input.holidays().size(); i++) {
            CalendarInput.Holiday holiday = input.holidays().get(i);
            for (int j = 0; j < holiday.dates().size(); j++) {
                add(entries, errors, "holidays[" + i + "].dates[" + j + "]", year, holiday.dates().get(j),
                        DayKind.HOLIDAY, holiday.name(), first, last);
            }
        }
        for (int i = 0; i < input.makeupWorkdays().size(); i++) {
            CalendarInput.MakeupWorkday makeup = input.makeupWorkdays().get(i);
            String field = "makeupWorkdays[" + i + "].date";
            DayOfWeek weekday = makeup.date().getDayOfWeek();
            if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY) {
                errors.add(Violation.of(field, "invalid", "field.makeup-weekday", makeup.date(), weekday));
            }
            add(entries, errors, field, year, makeup.date(), DayKind.MAKEUP_WORKDAY, makeup.name(), first, last);
        }
        if (errors.isEmpty() && !entries.isEmpty()) {
            for (CalendarDay taken : days.claimedByOthers(year, List.copyOf(entries.keySet()))) {
                errors.add(Violation.of("dates", "conflict", "field.date-of-other-notice", taken.calendarDate,
                        taken.noticeYear));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return entries;
    }

    private static void add(Map<LocalDate, CalendarDay> entries, List<Violation> errors, String field, int year,
            LocalDate date, DayKind kind, String name, LocalDate first, LocalDate last) {
        if (date.isBefore(first) || date.isAfter(last)) {
            errors.add(Violation.of(field, "out-of-range", "field.notice-range", first, last));
            return;
        }
        if (entries.containsKey(date)) {
            errors.add(Violation.of(field, "duplicate", "field.date-twice", date));
            return;
        }
        CalendarDay day = new CalendarDay();
        day.noticeYear = year;
        day.calendarDate = date;
        day.kind = kind;
        day.name = name.strip();
        entries.put(date, day);
    }

    private CalendarView view(CalendarYear notice) {
        Map<String, List<LocalDate>> holidays = new LinkedHashMap<>();
        List<CalendarView.MakeupWorkday> makeups = new ArrayList<>();
        for (CalendarDay day : days.daysOf(notice.noticeYear)) {
            if (day.kind == DayKind.HOLIDAY) {
                holidays.computeIfAbsent(day.name, name -> new ArrayList<>()).add(day.calendarDate);
            } else {
                makeups.add(new CalendarView.MakeupWorkday(day.name, day.calendarDate));
            }
        }
        return new CalendarView(notice.noticeYear,
                holidays.entrySet().stream().map(h -> new CalendarView.Holiday(h.getKey(), h.getValue())).toList(),
                makeups, notice.updatedAt);
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInput("year", "out-of-range", "field.calendar-year");
        }
    }

    /** The years that are loaded, for callers that report gaps. */
    public Set<Integer> loadedYears() {
        return new HashSet<>(days.years());
    }
}
