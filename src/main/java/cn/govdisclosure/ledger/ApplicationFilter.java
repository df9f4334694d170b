package cn.govdisclosure.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import cn.govdisclosure.agency.Scope;
import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.format.Outcome;
import cn.govdisclosure.platform.Violation;
import cn.govdisclosure.platform.InvalidInput;

/** The filters and the order of the ledger list; every filter is optional and they combine with AND. */
public class ApplicationFilter {

    /** The longest text searched for with {@code q}. */
    static final int MAX_QUERY_LENGTH = 100;

    @QueryParam("scope")
    @Parameter(description = "AGENCY (default): the agency's own ledger; SUBTREE: with the agencies below it "
            + "(each entry names its agencyCode)")
    Scope scope;

    @QueryParam("receivedYear")
    @Min(1900)
    @Max(9999)
    @Parameter(description = "Received in this calendar year")
    Integer receivedYear;

    @QueryParam("receivedFrom")
    @Parameter(description = "Received on or after this date")
    LocalDate receivedFrom;

    @QueryParam("receivedTo")
    @Parameter(description = "Received on or before this date")
    LocalDate receivedTo;

    @QueryParam("concludedYear")
    @Min(1900)
    @Max(9999)
    @Parameter(description = "Concluded in this calendar year")
    Integer concludedYear;

    @QueryParam("concludedFrom")
    @Parameter(description = "Concluded on or after this date")
    LocalDate concludedFrom;

    @QueryParam("concludedTo")
    @Parameter(description = "Concluded on or before this date")
    LocalDate concludedTo;

    @QueryParam("outcome")
    @Parameter(description = "An outcome code")
    Outcome outcome;

    @QueryParam("applicantType")
    @Parameter(description = "An applicant type code")
    ApplicantType applicantType;

    @QueryParam("channel")
    @Parameter(description = "A channel code")
    Channel channel;

    @QueryParam("status")
    @Parameter(description = "OPEN (no final reply yet) or CONCLUDED")
    ApplicationStatus status;

    @QueryParam("overdue")
    @Parameter(description = "true: open, running and past the due date; false: all others")
    Boolean overdue;

    @QueryParam("dueBefore")
    @Parameter(description = "Open applications due before this date")
    LocalDate dueBefore;

    @QueryParam("q")
    @Parameter(description = "Text contained in the tracking number or the subject (ignoring case), or, for callers "
            + "shown applicants' details (the agency's clerks and admins), in the applicant's name; at most "
            + MAX_QUERY_LENGTH + " characters", schema = @Schema(type = SchemaType.STRING, maxLength = MAX_QUERY_LENGTH))
    String q;

    @QueryParam("sort")
    @Parameter(description = "The order: receivedDate (default), dueDate, concludedDate or trackingNumber; a leading "
            + "`-` reverses it. Ties follow the tracking number; entries without the date come last.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"receivedDate", "-receivedDate", "dueDate",
                "-dueDate", "concludedDate", "-concludedDate", "trackingNumber", "-trackingNumber"}))
    String sort;

    /** The scope asked for (the agency alone unless SUBTREE). */
    Scope scope() {
        return scope == null ? Scope.AGENCY : scope;
    }

    /** The checked filter; dates out of order, a long {@code q} or an unknown order are a 400 naming the parameter. */
    Criteria criteria() {
        List<Violation> errors = new ArrayList<>();
        if (receivedFrom != null && receivedTo != null && receivedTo.isBefore(receivedFrom)) {
            errors.add(Violation.of("receivedTo", "out-of-range", "field.not-before", "receivedFrom"));
        }
        if (concludedFrom != null && concludedTo != null && concludedTo.isBefore(concludedFrom)) {
            errors.add(Violation.of("concludedTo", "out-of-range", "field.not-before", "concludedFrom"));
        }
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > MAX_QUERY_LENGTH) {
            errors.add(Violation.of("q", "too-long", "field.too-long", MAX_QUERY_LENGTH));
        }
        LedgerOrder order = LedgerOrder.AS_RECEIVED;
        if (sort != null && !sort.isBlank()) {
            order = LedgerOrder.parse(sort.strip());
            if (order == null) {
                errors.add(Violation.of("sort", "unknown-value", "field.one-of", LedgerOrder.names()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Criteria(receivedYear, receivedFrom, receivedTo, concludedYear, concludedFrom, concludedTo, outcome,
                applicantType, channel, status, overdue, dueBefore, text, order);
    }

    record Criteria(Integer receivedYear, LocalDate receivedFrom, LocalDate receivedTo, Integer concludedYear,
            LocalDate concludedFrom, LocalDate concludedTo, Outcome outcome, ApplicantType applicantType,
            Channel channel, ApplicationStatus status, Boolean overdue, LocalDate dueBefore, String text,
            LedgerOrder order) {
    }

    /** An order of the ledger list: a field of the entry, ascending or (with {@code -}) descending. */
    record LedgerOrder(String field, boolean descending) {

        static final LedgerOrder AS_RECEIVED = new LedgerOrder("receivedDate", false);
        private static final List<String> FIELDS = Arrays.stream(LedgerSort.values()).map(LedgerSort::field).toList();

        static LedgerOrder parse(String text) {
            boolean descending = text.startsWith("-");
            String field = descending ? text.substring(1) : text;
            return FIELDS.contains(field) ? new LedgerOrder(field, descending) : null;
        }

        static String names() {
            return FIELDS.stream().flatMap(field -> Arrays.stream(new String[] {field, "-" + field}))
                    .collect(Collectors.joining(", "));
        }
    }
}
