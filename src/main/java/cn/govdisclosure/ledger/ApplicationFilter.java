package cn.govdisclosure.ledger;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.format.Outcome;
import cn.govdisclosure.platform.QueryParams;

/** The filters of the ledger list; every one is optional and they combine with AND. */
public class ApplicationFilter {

    @QueryParam("receivedYear")
    @Parameter(description = "Received in this calendar year")
    String receivedYear;

    @QueryParam("concludedYear")
    @Parameter(description = "Concluded in this calendar year")
    String concludedYear;

    @QueryParam("outcome")
    @Parameter(description = "An outcome code")
    String outcome;

    @QueryParam("applicantType")
    @Parameter(description = "An applicant type code")
    String applicantType;

    @QueryParam("channel")
    @Parameter(description = "A channel code")
    String channel;

    @QueryParam("status")
    @Parameter(description = "OPEN (no final reply yet) or CONCLUDED")
    String status;

    @QueryParam("overdue")
    @Parameter(description = "true: open, running and past the due date; false: all others")
    String overdue;

    @QueryParam("dueBefore")
    @Parameter(description = "Open applications due before this date (2020-03-15)")
    String dueBefore;

    /** The parsed filter; a bad value is a 400 that names the parameter. */
    Criteria criteria() {
        return new Criteria(QueryParams.year("receivedYear", receivedYear),
                QueryParams.year("concludedYear", concludedYear),
                QueryParams.code(Outcome.class, "outcome", outcome),
                QueryParams.code(ApplicantType.class, "applicantType", applicantType),
                QueryParams.code(Channel.class, "channel", channel),
                QueryParams.code(ApplicationStatus.class, "status", status),
                QueryParams.bool("overdue", overdue),
                QueryParams.date("dueBefore", dueBefore));
    }

    record Criteria(Integer receivedYear, Integer concludedYear, Outcome outcome, ApplicantType applicantType,
            Channel channel, ApplicationStatus status, Boolean overdue, java.time.LocalDate dueBefore) {
    }
}
