package cn.govdisclosure.ledger;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import cn.govdisclosure.access.AccessPolicy;
import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.agency.Scope;
import cn.govdisclosure.platform.Representations;
import cn.govdisclosure.platform.Roles;

@Path("/api/v1/agencies/{code}/dashboard")
@Tag(name = "Application ledger")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = Roles.BEARER_SCHEME)
public class DashboardResource {

    private final DashboardService dashboards;
    private final AgencyService agencies;
    private final AccessPolicy access;
    private final Representations representations;

    DashboardResource(DashboardService dashboards, AgencyService agencies, AccessPolicy access,
            Representations representations) {
        this.dashboards = dashboards;
        this.agencies = agencies;
        this.access = access;
        this.representations = representations;
    }

    @GET
    @Operation(summary = "The ledger's figures for an office's start screen",
            description = "Counted in the database over the agency's ledger (or, with `scope=SUBTREE`, with the "
                    + "agencies below it): open applications per deadline status; overdue ones (period running, due "
                    + "date passed); those due from today through the fifth working day after today on the official "
                    + "calendar; applications concluded this calendar month; and the applications received in each "
                    + "month of `year` by channel and by applicant type. Today is the service's day "
                    + "(`DISCLOSURE_TIME_ZONE`). Any reader of the agency. The answer carries an `ETag`: "
                    + "`If-None-Match` with it answers 304 while the figures are unchanged.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The figures",
            content = @Content(schema = @Schema(implementation = DashboardView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the tag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "Invalid scope or year")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a reader of this agency")
    @APIResponse(responseCode = "404", description = "No such agency")
    public Response dashboard(@PathParam("code") String code,
            @Parameter(description = "AGENCY (default): the agency's own ledger; SUBTREE: with the agencies below it")
            @QueryParam("scope") Scope scope,
            @Parameter(description = "The year whose intake is counted by month (default: the current year)")
            @QueryParam("year") @Min(1900) @Max(9999) Integer year) {
        AgencyRef agency = access.readable(code);
        Scope asked = scope == null ? Scope.AGENCY : scope;
        DashboardView view = dashboards.dashboard(agency, asked, agencies.within(agency, asked), year);
        return representations.tagged(view).build();
    }
}
