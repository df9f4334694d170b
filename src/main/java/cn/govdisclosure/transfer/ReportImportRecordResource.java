package cn.govdisclosure.transfer;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import cn.govdisclosure.access.AccessPolicy;
import cn.govdisclosure.platform.Roles;
import cn.govdisclosure.report.ReportService;

@Path("/api/v1/reports/{id}/import")
@Tag(name = "Reports")
@Authenticated
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "An agency the caller does not act for")
public class ReportImportRecordResource {

    private final ReportImportService imports;
    private final ReportService reports;
    private final AccessPolicy access;

    ReportImportRecordResource(ReportImportService imports, ReportService reports, AccessPolicy access) {
        this.imports = imports;
        this.reports = reports;
        this.access = access;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What the latest import of a report read",
            description = "The answer of the import that stored the report's figures: every cell with its printed "
                    + "text and status, the parse findings and the checks as they were then.")
    @APIResponse(responseCode = "200", description = "The import", content = @Content(schema = @Schema(implementation = ReportImportView.class)))
    @APIResponse(responseCode = "404", description = "No such report, or it was not imported")
    public ReportImportView latest(@PathParam("id") long id) {
        access.requireReadable(reports.agencyOf(id));
        return imports.latest(id);
    }

}
