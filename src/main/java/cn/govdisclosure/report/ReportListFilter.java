package cn.govdisclosure.report;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import cn.govdisclosure.platform.InvalidInput;

/** The query of the list of a subtree's reports; {@code under} is required, the filters combine with AND. */
public class ReportListFilter {

    @QueryParam("under")
    @Parameter(description = "The agency whose reports and those of every agency below it (federated ones included) "
            + "are listed", required = true)
    String under;

    @QueryParam("year")
    @Min(1900)
    @Max(9999)
    @Parameter(description = "Reports of this year only")
    Integer year;

    @QueryParam("status")
    @Parameter(description = "Reports in this status only (as the caller sees it)")
    ReportStatus status;

    @QueryParam("late")
    @Parameter(description = "true: only late reports (published after the deadline, or not published and past it); "
            + "false: only the others")
    Boolean late;

    /** The agency code asked for; missing or blank is a 400. */
    String under() {
        if (under == null || under.isBlank()) {
            throw new InvalidInput("under", "required", "field.required");
        }
        return under.strip();
    }
}
