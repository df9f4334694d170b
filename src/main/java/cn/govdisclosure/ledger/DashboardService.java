package cn.govdisclosure.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.Scope;
import cn.govdisclosure.calendar.CalendarService;
import cn.govdisclosure.calendar.WorkingDayCalendar;
import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.platform.ServiceClock;

/**
 * The figures of an office's start screen, counted in the database: open applications by their stored deadline
 * state (refreshed on every change of the timeline and of the calendar), overdue and due within the next working
 * days (the window's last day taken once from the official calendar), concluded this month, and the year's intake
 * by month, channel and applicant type.
 */
@ApplicationScoped
public class DashboardService {

    /** The due-soon window: today and this many working days after it. */
    static final int DUE_SOON_WORKING_DAYS = 5;

    private final ApplicationRepository applications;
    private final CalendarService calendars;
    private final ServiceClock clock;

    DashboardService(ApplicationRepository applications, CalendarService calendars, ServiceClock clock) {
        this.applications = applications;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** The dashboard of these agencies (the agency alone or its subtree); {@code year} null for the current year. */
    public DashboardView dashboard(AgencyRef agency, Scope scope, List<AgencyRef> within, Integer year) {
        LocalDate today = clock.today();
        int intakeYear = year == null ? today.getYear() : year;
        Collection<Long> ids = within.stream().map(AgencyRef::id).toList();

        TreeSet<Integer> missing = new TreeSet<>();
        LocalDate through = today;
        int workingDays = 0;
        WorkingDayCalendar calendar = calendars.calendar();
        for (LocalDate day = today.plusDays(1); workingDays < DUE_SOON_WORKING_DAYS; day = day.plusDays(1)) {
            if (!calendar.covers(day)) {
                missing.add(day.getYear());
                break;
            }
            if (calendar.isWorkingDay(day)) {
                workingDays++;
                through = day;
            }
        }

        Map<DeadlineStatus, Long> byStatus = new LinkedHashMap<>();
        for (DeadlineStatus status : DeadlineStatus.values()) {
            if (status != DeadlineStatus.CONCLUDED) {
                byStatus.put(status, 0L);
            }
        }
        long open = 0;
        long overdue = 0;
        long dueSoon = 0;
        for (ApplicationRepository.OpenCount count : applications.openCounts(ids, today, through)) {
            byStatus.put(count.status(), count.count());
            open += count.count();
            overdue += count.overdue();
            dueSoon += count.dueSoon();
        }

        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate monthEnd = today.withDayOfMonth(today.lengthOfMonth());
        long concluded = applications.countConcluded(ids, monthStart, monthEnd);

        List<MonthTally> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(new MonthTally(month));
        }
        for (ApplicationRepository.IntakeCount count : applications.intakeByMonth(ids, intakeYear)) {
            MonthTally tally = months.get(count.month() - 1);
            tally.total += count.count();
            tally.byChannel.merge(count.channel(), count.count(), Long::sum);
            tally.byApplicantType.merge(count.applicantType(), count.count(), Long::sum);
        }

        return new DashboardView(agency.code(), scope, intakeYear, today, open, byStatus, overdue,
                new DashboardView.DueSoon(workingDays, through, dueSoon),
                new DashboardView.ConcludedThisMonth(monthStart, monthEnd, concluded),
                months.stream().map(MonthTally::view).toList(), List.copyOf(missing));
    }

    /** One month's intake being added up from the grouped counts. */
    private static final class MonthTally {
        final int month;
        long total;
        final Map<Channel, Long> byChannel = new LinkedHashMap<>();
        final Map<ApplicantType, Long> byApplicantType = new LinkedHashMap<>();

        MonthTally(int month) {
            this.month = month;
            for (Channel channel : Channel.values()) {
                byChannel.put(channel, 0L);
            }
            for (ApplicantType type : ApplicantType.values()) {
                byApplicantType.put(type, 0L);
            }
        }

        DashboardView.MonthIntake view() {
            return new DashboardView.MonthIntake(month, total, byChannel, byApplicantType);
        }
    }
}
