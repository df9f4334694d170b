package cn.govdisclosure.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The official calendar the service seeds (db/calendar/*.csv), for tests without a database. */
public final class OfficialCalendar {

    private OfficialCalendar() {
    }

    public static WorkingDayCalendar load() {
        Map<LocalDate, DayKind> exceptions = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        for (String line : lines("db/calendar/days.csv")) {
            String[] cells = line.split(",");
            exceptions.put(LocalDate.parse(cells[1]), DayKind.valueOf(cells[2]));
        }
        for (String line : lines("db/calendar/years.csv")) {
            years.add(Integer.parseInt(line.split(",")[0]));
        }
        return new WorkingDayCalendar(years, exceptions);
    }

    private static String[] lines(String resource) {
        try (InputStream in = OfficialCalendar.class.getClassLoader().getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().skip(1).filter(line -> !line.isBlank()).toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
