package cn.govdisclosure.report;

import java.time.LocalDate;
import java.time.MonthDay;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.govdisclosure.agency.AgencyKind;

/**
 * The statutory publication deadline of a report (Regulation art. 49): a government's own report by 31 March of
 * the next year; departments by 31 January. Townships and other agencies are held to 31 January too
 * (interpretation: they report to the district's office, like its departments). Both dates are configurable.
 */
@ApplicationScoped
public class PublicationDeadlines {

    private final MonthDay government;
    private final MonthDay others;

    public PublicationDeadlines(
            @ConfigProperty(name = "disclosure.deadline.government", defaultValue = "--03-31") MonthDay government,
            @ConfigProperty(name = "disclosure.deadline.others", defaultValue = "--01-31") MonthDay others) {
        this.government = government;
        this.others = others;
    }

    public LocalDate of(int reportYear, AgencyKind kind) {
        return (kind == AgencyKind.GOVERNMENT ? government : others).atYear(reportYear + 1);
    }

    /**
     * The latest report year whose deadline lies before today for an agency of this kind: a report of that year or
     * earlier that is not published is late ({@link ReportStanding#late}).
     */
    public int lateUpTo(LocalDate today, AgencyKind kind) {
        int year = today.getYear();
        while (!today.isAfter(of(year, kind))) {
            year--;
        }
        return year;
    }
}
