package cn.govdisclosure.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import cn.govdisclosure.calendar.DayKind;
import cn.govdisclosure.calendar.OfficialCalendar;
import cn.govdisclosure.calendar.WorkingDayCalendar;

/**
 * The calculator counts the working days after the due date at once instead of day by day; its deadlines are those
 * of the day-by-day walk (kept here as the reference) on many random timelines, calendars with gaps, and todays.
 */
class DeadlineEquivalenceTest {

    private static final EventType[] TYPES = EventType.values();

    @Test
    void theDeadlinesAreThoseOfTheDayByDayWalk() {
        WorkingDayCalendar official = OfficialCalendar.load();
        Set<Integer> withGap = new HashSet<>(official.knownYears());
        withGap.remove(2022);
        java.util.Map<LocalDate, DayKind> exceptions = new java.util.HashMap<>();
        for (LocalDate day = LocalDate.of(2019, 1, 1); day.getYear() <= 2026; day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            if (official.isWorkingDay(day) == weekend) {
                exceptions.put(day, weekend ? DayKind.MAKEUP_WORKDAY : DayKind.HOLIDAY);
            }
        }
        List<WorkingDayCalendar> calendars = List.of(official, new WorkingDayCalendar(withGap, exceptions),
                new WorkingDayCalendar(Set.of(2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031,
                        2032, 2033), exceptions));
        List<DeadlineRules> rules = List.of(DeadlineRules.STATUTORY,
                new DeadlineRules(15, 15, DeadlineRules.FirstDay.RECEIPT_DAY));
        Random random = new Random(13);
        int compared = 0;
        for (int i = 0; i < 60_000; i++) {
            WorkingDayCalendar calendar = calendars.get(random.nextInt(calendars.size()));
            DeadlineRules rule = rules.get(random.nextInt(rules.size()));
            LocalDate received = LocalDate.of(2018, 6, 1).plusDays(random.nextInt(365 * 10));
            List<DeadlineCalculator.Entry> timeline = timeline(random, received);
            LocalDate today = random.nextInt(4) == 0 ? received.plusDays(random.nextInt(60))
                    : LocalDate.of(2018, 1, 1).plusDays(random.nextInt(365 * 16));
            String context = received + " " + timeline + " today " + today + " " + rule + " years "
                    + new TreeSet<>(calendar.knownYears());
            assertEquals(outcome(() -> new Reference(rule).compute(received, timeline, today, calendar)),
                    outcome(() -> new DeadlineCalculator(rule).compute(received, timeline, today, calendar)), context);
            compared++;
        }
        assertEquals(60_000, compared);
    }

    /** Up to five events in date order, mostly a conclusion, sometimes pauses, extensions, corrections. */
    private static List<DeadlineCalculator.Entry> timeline(Random random, LocalDate received) {
        List<DeadlineCalculator.Entry> timeline = new ArrayList<>();
        LocalDate date = received;
        int events = random.nextInt(3) == 0 ? random.nextInt(6) : random.nextInt(2);
        for (int i = 0; i < events; i++) {
            date = date.plusDays(random.nextInt(random.nextInt(5) == 0 ? 1500 : 40));
            EventType type = random.nextInt(3) == 0 ? EventType.CONCLUDED : TYPES[random.nextInt(TYPES.length)];
            timeline.add(new DeadlineCalculator.Entry(type, date,
                    type == EventType.EXTENDED ? Integer.valueOf(random.nextInt(21)) : null));
        }
        return timeline;
    }

    /** The deadline, or the exception's class when the computation fails. */
    private static Object outcome(java.util.function.Supplier<Deadline> computation) {
        try {
            return computation.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    /** The calculator as it was: every day from day 1 up to the due date and the end, one by one. */
    private static final class Reference {

        private static final int HORIZON_DAYS = 3660;

        private final DeadlineRules rules;

        Reference(DeadlineRules rules) {
            this.rules = rules;
        }

        Deadline compute(LocalDate received, List<DeadlineCalculator.Entry> timeline, LocalDate today, WorkingDayCalendar calendar) {
            LocalDate start = received;
            int extension = 0;
            LocalDate concluded = null;
            LocalDate correctionWait = null;
            List<LocalDate[]> pauses = new ArrayList<>();
            LocalDate openConsultation = null;
            LocalDate openFee = null;
            for (DeadlineCalculator.Entry entry : timeline) {
                switch (entry.type()) {
                    case CORRECTION_REQUESTED -> correctionWait = entry.date();
                    case CORRECTION_RECEIVED -> {
                        start = entry.date();
                        correctionWait = null;
                    }
                    case EXTENDED -> extension += entry.workingDays() == null ? 0 : entry.workingDays();
                    case CONSULTATION_STARTED -> openConsultation = entry.date();
                    case CONSULTATION_ENDED -> {
                        pauses.add(new LocalDate[] {openConsultation, entry.date()});
                        openConsultation = null;
                    }
                    case FEE_NOTICE_SENT -> openFee = entry.date();
                    case FEE_PAID -> {
                        pauses.add(new LocalDate[] {openFee, entry.date()});
                        openFee = null;
                    }
                    case CONCLUDED, WITHDRAWN -> concluded = entry.date();
                }
            }
            // a pause still open stops the clock from the day after it began
            LocalDate stoppedAfter = earliest(correctionWait, openConsultation, openFee);
            DeadlineStatus status = concluded != null ? DeadlineStatus.CONCLUDED
                    : correctionWait != null ? DeadlineStatus.AWAITING_CORRECTION
                    : openConsultation != null ? DeadlineStatus.IN_CONSULTATION
                    : openFee != null ? DeadlineStatus.AWAITING_FEE
                    : DeadlineStatus.OPEN;
            int allowed = rules.periodWorkingDays() + extension;
            LocalDate end = concluded != null ? concluded : today;

            TreeSet<Integer> missing = new TreeSet<>();
            LocalDate day = rules.firstDay() == DeadlineRules.FirstDay.NEXT_WORKING_DAY ? start.plusDays(1) : start;
            int counted = 0;
            Integer used = null;
            LocalDate due = null;
            for (int step = 0; step < HORIZON_DAYS; step++, day = day.plusDays(1)) {
                if (used == null && day.isAfter(end)) {
                    used = counted;
                }
                if (due != null && used != null) {
                    break;
                }
                if (stoppedAfter != null && day.isAfter(stoppedAfter)) {
                    // the clock is stopped: days from here on are not counted (yet)
                    if (used == null) {
                        used = counted;
                    }
                    break;
                }
                if (!calendar.covers(day)) {
                    missing.add(day.getYear());
                    break;
                }
                if (calendar.isWorkingDay(day) && !paused(day, pauses)) {
                    counted++;
                    if (counted == allowed && due == null) {
                        due = day;
                    }
                }
            }
            Boolean onTime = null;
            if (concluded != null) {
                // concluded within the period: by its due date, or (when the clock stopped for good) within its days
                if (due != null) {
                    onTime = !concluded.isAfter(due);
                } else if (used != null) {
                    onTime = used <= allowed;
                }
            }
            boolean overdue = status == DeadlineStatus.OPEN
                    && ((due != null && today.isAfter(due)) || (used != null && used > allowed));
            if (status != DeadlineStatus.OPEN && status != DeadlineStatus.CONCLUDED) {
                due = null;
            }
            return new Deadline(status, due, used, allowed, overdue, onTime, List.copyOf(missing));
        }

        private static boolean paused(LocalDate day, List<LocalDate[]> pauses) {
            for (LocalDate[] pause : pauses) {
                if (day.isAfter(pause[0]) && !day.isAfter(pause[1])) {
                    return true;
                }
            }
            return false;
        }

        private static LocalDate earliest(LocalDate... dates) {
            LocalDate earliest = null;
            for (LocalDate date : dates) {
                if (date != null && (earliest == null || date.isBefore(earliest))) {
                    earliest = date;
                }
            }
            return earliest;
        }
    }
}
