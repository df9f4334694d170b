package cn.govdisclosure.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.format.Outcome;

/**
 * A ledger entry as the API shows it; {@code events} only on a single entry, not in lists. Callers who
 * may not see personal data get the applicant's masked name only.
 */
@Schema(name = "Application")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationView(
        String trackingNumber,
        String agencyCode,
        LocalDate receivedDate,
        Channel channel,
        ApplicantType applicantType,
        Applicant applicant,
        String subject,
        ApplicationStatus status,
        Outcome outcome,
        LocalDate concludedDate,
        Deadline deadline,
        List<EventView> events,
        Instant createdAt,
        Instant updatedAt) {

    static ApplicationView of(DisclosureApplication entry, String agencyCode, Applicant applicant, Deadline deadline,
            boolean withEvents) {
        return new ApplicationView(entry.trackingNumber, agencyCode, entry.receivedDate, entry.channel,
                entry.applicantType, applicant, entry.subject, statusOf(entry.outcome),
                entry.outcome, entry.concludedDate, deadline,
                withEvents ? entry.events.stream().map(EventView::of).toList() : null,
                entry.createdAt, entry.updatedAt);
    }

    /** A listed entry: the same view, from the columns a list reads, without its timeline. */
    static ApplicationView of(ListedApplication entry, String agencyCode, Applicant applicant, Deadline deadline) {
        return new ApplicationView(entry.trackingNumber(), agencyCode, entry.receivedDate(), entry.channel(),
                entry.applicantType(), applicant, entry.subject(), statusOf(entry.outcome()), entry.outcome(),
                entry.concludedDate(), deadline, null, entry.createdAt(), entry.updatedAt());
    }

    private static ApplicationStatus statusOf(Outcome outcome) {
        return outcome == null ? ApplicationStatus.OPEN : ApplicationStatus.CONCLUDED;
    }
}
