package cn.govdisclosure.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.govdisclosure.agency.Scope;
import cn.govdisclosure.format.ApplicantType;

/** What an office's start screen shows of its ledger: open work by deadline state, and the year's intake by month. */
@Schema(name = "LedgerDashboard")
public record DashboardView(
        @Schema(examples = "350504") String agencyCode,
        Scope scope,
        @Schema(description = "The year of `receivedByMonth`", examples = "2026") int year,
        @Schema(description = "Today by the service's clock: the day overdue and due-soon are judged on") LocalDate asOf,
        @Schema(description = "Open applications (no final reply yet)") long open,
        @Schema(description = "Open applications per deadline status: OPEN (the reply period is running), "
                + "AWAITING_CORRECTION, IN_CONSULTATION, AWAITING_FEE (the clock is stopped); every status is listed")
        Map<DeadlineStatus, Long> openByDeadlineStatus,
        @Schema(description = "Open applications whose period is running and whose due date has passed") long overdue,
        DueSoon dueSoon,
        ConcludedThisMonth concludedThisMonth,
        @Schema(description = "Applications received in each month of `year`, twelve entries, January first")
        List<MonthIntake> receivedByMonth,
        @Schema(description = "Years whose official calendar is needed for the due-soon window but not loaded; the "
                + "window then ends at the last known day")
        List<Integer> calendarMissingYears) {

    /** Open applications due from today through the last of the next working days. */
    @Schema(name = "LedgerDashboardDueSoon")
    public record DueSoon(
            @Schema(description = "Working days after today the window covers (5, fewer when the calendar ends)")
            int workingDays,
            @Schema(description = "The last day of the window") LocalDate through,
            @Schema(description = "Open applications whose period is running, due from today through `through`")
            long count) {
    }

    /** Applications concluded (a final reply or a withdrawal) in the current calendar month. */
    @Schema(name = "LedgerDashboardConcluded")
    public record ConcludedThisMonth(LocalDate from, LocalDate to, long count) {
    }

    /** The applications received in one month, by channel and by applicant type (every code listed). */
    @Schema(name = "LedgerDashboardMonth")
    public record MonthIntake(
            @Schema(description = "1 to 12") int month,
            long total,
            Map<Channel, Long> byChannel,
            Map<ApplicantType, Long> byApplicantType) {
    }
}
