package cn.govdisclosure.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;

import cn.govdisclosure.agency.AgencyKind;

/**
 * The latest report year whose deadline has passed, which the list of a subtree's reports filters lateness by, agrees
 * with the rule the collection view judges each report by: on the deadline day a report is not late, the day after
 * it is.
 */
class PublicationDeadlinesTest {

    private final PublicationDeadlines deadlines = new PublicationDeadlines(MonthDay.parse("--03-31"),
            MonthDay.parse("--01-31"));

    @Test
    void theLatestLateYearMovesOnTheDayAfterEachKindsDeadline() {
        assertEquals(2020, deadlines.lateUpTo(LocalDate.of(2022, 1, 31), AgencyKind.DEPARTMENT));
        assertEquals(2021, deadlines.lateUpTo(LocalDate.of(2022, 2, 1), AgencyKind.DEPARTMENT));
        assertEquals(2021, deadlines.lateUpTo(LocalDate.of(2022, 12, 31), AgencyKind.TOWNSHIP));
        assertEquals(2020, deadlines.lateUpTo(LocalDate.of(2022, 3, 31), AgencyKind.GOVERNMENT));
        assertEquals(2021, deadlines.lateUpTo(LocalDate.of(2022, 4, 1), AgencyKind.GOVERNMENT));
        assertEquals(2020, deadlines.lateUpTo(LocalDate.of(2022, 1, 1), AgencyKind.GOVERNMENT));
    }

    @Test
    void everyDayAndYearAgreesWithTheRuleForOneReport() {
        for (AgencyKind kind : AgencyKind.values()) {
            for (LocalDate today = LocalDate.of(2021, 12, 25); today.isBefore(LocalDate.of(2023, 5, 1));
                    today = today.plusDays(1)) {
                int lateUpTo = deadlines.lateUpTo(today, kind);
                for (int year = 2018; year <= today.getYear(); year++) {
                    boolean late = ReportStanding.late(null, deadlines.of(year, kind), today);
                    assertEquals(late, year <= lateUpTo, kind + " " + year + " on " + today);
                }
            }
        }
    }

    @Test
    void aPublishedRevisionIsLateOnlyWhenItWasPublishedLate() {
        LocalDate passed = LocalDate.of(2022, 1, 31);
        LocalDate today = LocalDate.of(2026, 11, 29);
        assertEquals(false, ReportStanding.late(false, passed, today));
        assertEquals(true, ReportStanding.late(true, passed, today));
        assertEquals(true, ReportStanding.late(null, passed, today));
        assertEquals(false, ReportStanding.late(null, LocalDate.of(2027, 1, 31), today));
    }
}
