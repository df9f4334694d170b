package cn.govdisclosure.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import cn.govdisclosure.calendar.WorkingDayCalendar;

/**
 * Computes reply deadlines on the official calendar (Regulation arts. 30–33, 42; domain §7).
 * <ul>
 * <li>The period runs from receipt, or from the arrival of the corrected application when corrections
 * were asked for; day 1 is set by {@link DeadlineRules.FirstDay}.</li>
 * <li>A working day counts unless it lies in a pause: from the day after a consultation started up to
 * the day it ended, from the day after a fee notice up to the day of payment, and from the day after
 * corrections were asked for while they have not arrived.</li>
 * <li>The period is {@code periodWorkingDays} plus the extension.</li>
 * </ul>
 */
public final class DeadlineCalculator {

    /** A pause never stretches the search for the due date beyond ten years. */
    private static final int HORIZON_DAYS = 3660;

    private final DeadlineRules rules;

    public DeadlineCalculator(DeadlineRules rules) {
        this.rules = rules;
    }

    /** One timeline entry as far as deadlines are concerned. */
    public record Entry(EventType type, LocalDate date, Integer workingDays) {
    }

    public Deadline compute(LocalDate received, List<Entry> timeline, LocalDate today, WorkingDayCalendar calendar) {
        LocalDate start = received;
        int extension = 0;
        LocalDate concluded = null;
        LocalDate correctionWait = null;
        List<LocalDate[]> pauses = new ArrayList<>();
        LocalDate openConsultation = null;
        LocalDate openFee = null;
        for (Entry entry : timeline) {
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
            if (due != null && used == null && pauses.isEmpty()) {
                // only the working days up to the end (or until the clock stopped) remain to be counted: at once,
                // with the same outcome as going on day by day (an open entry's period would walk up to today)
                LocalDate horizon = day.plusDays(HORIZON_DAYS - 1 - step);
                LocalDate until = stoppedAfter != null && stoppedAfter.isBefore(end) ? stoppedAfter : end;
                if (!day.isAfter(until)) {
                    // the last day looked at; the search ends there without a count when it reaches the horizon
                    LocalDate last = until.isBefore(horizon) ? until : horizon;
                    LocalDate uncovered = calendar.firstUncovered(day, last);
                    if (uncovered != null) {
                        missing.add(uncovered.getYear());
                    } else if (until.isBefore(horizon)) {
                        used = counted + calendar.workingDays(day, until);
                    }
                    break;
                }
            }
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
