package cn.govdisclosure.report;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import cn.govdisclosure.access.AccessPolicy;
import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.platform.IdempotentCreate;
import cn.govdisclosure.platform.PageOf;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.platform.Representations;
import cn.govdisclosure.platform.Responses;
import cn.govdisclosure.platform.Roles;

@Path("/api/v1/agencies/{code}/reports")
@Tag(name = "Reports", description = "Annual reports: sections, the section 二 table, computed tables")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not a role for this, or an agency the caller does not act for")
public class AgencyReportsResource {

    private final ReportService service;
    private final AccessPolicy access;
    private final AgencyService agencies;
    private final Representations representations;

    AgencyReportsResource(ReportService service, AccessPolicy access, AgencyService agencies,
            Representations representations) {
        this.service = service;
        this.access = access;
        this.agencies = agencies;
        this.representations = representations;
    }

    @POST
    @Operation(summary = "Create the agency's report for a year (editor, publisher)",
            description = "With its six sections under their official headings and empty text. One report per agency "
                    + "and year: asking again returns the existing report (200).")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "200", description = "The report of that year already exists", content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "Invalid year")
    @APIResponse(responseCode = "404", description = "No such agency")
    public Response create(@PathParam("code") String code,
            @Valid @NotNull(message = "{field.body-required}") ReportInput input, @Context UriInfo uri) {
        var agency = access.writable(code, Roles.EDITOR, Roles.PUBLISHER);
        var creation = IdempotentCreate.run(() -> service.create(agency, input));
        return Responses.created(creation, uri.getBaseUriBuilder().path(ReportResource.class)
                .path(Long.toString(creation.stored().view().id())).build());
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = Roles.BEARER_SCHEME))
    @Operation(summary = "List the agency's reports",
            description = "Newest year first. Readers of the agency see every report as it stands; anyone else (also "
                    + "without a token) sees the reports that have been published, each as its revision in force. "
                    + "The page carries an `ETag`: `If-None-Match` with it answers 304 while the page is unchanged.")
    @APIResponse(responseCode = "200", description = "A page of reports", content = @Content(schema = @Schema(implementation = ReportPage.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the tag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "404", description = "No such agency")
    public Response list(@PathParam("code") String code, @BeanParam PageRequest paging) {
        PageOf<ReportSummary> page = !access.isAnonymous() && access.mayRead(code)
                ? service.list(access.readable(code), paging)
                : service.listPublished(agencies.require(code), paging);
        return representations.tagged(page).header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
    }

    /** Documents the page envelope of reports. */
    @Schema(name = "ReportPage")
    static final class ReportPage {
        public java.util.List<ReportSummary> items;
        public int page;
        public int size;
        public long totalItems;
    }
}
