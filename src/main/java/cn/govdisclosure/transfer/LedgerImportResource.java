package cn.govdisclosure.transfer;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import cn.govdisclosure.access.AccessPolicy;
import cn.govdisclosure.platform.Roles;

@Path("/api/v1/ledger-imports")
@Tag(name = "Ledger import")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not a role for this, or an agency the caller does not act for")
public class LedgerImportResource {

    private final LedgerImportService service;
    private final AccessPolicy access;

    LedgerImportResource(LedgerImportService service, AccessPolicy access) {
        this.service = service;
        this.access = access;
    }

    @GET
    @SecurityRequirement(name = Roles.BEARER_SCHEME)
    @Path("{id}")
    @Operation(summary = "An import job", description = "Its state (QUEUED, RUNNING, SUCCEEDED, FAILED), rows read / "
            + "accepted / unchanged / rejected, and the first 1,000 errors.")
    @APIResponse(responseCode = "200", description = "The job", content = @Content(schema = @Schema(implementation = LedgerImportView.class)))
    @APIResponse(responseCode = "404", description = "No such job")
    public LedgerImportView get(@PathParam("id") long id) {
        access.requireReadable(service.agencyOf(id));
        return service.get(id);
    }

    @GET
    @SecurityRequirement(name = Roles.BEARER_SCHEME)
    @Path("{id}/errors")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "All errors of an import job as CSV", description = "Sheet, row, column, tracking number, "
            + "the reason in Chinese and in English.")
    @APIResponse(responseCode = "200", description = "The errors", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such job")
    public Response errors(@PathParam("id") long id) {
        access.requireReadable(service.agencyOf(id));
        StreamingOutput csv = out -> service.writeErrors(id, out);
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"ledger-import-" + id
                + "-errors.csv\"").build();
    }

    @GET
    @Path("template")
    @PermitAll
    @Produces(LedgerSources.XLSX)
    @Operation(summary = "The empty ledger workbook to fill in", description = "Canonical headers, a second sheet "
            + "listing the allowed values, drop-down lists on the coded columns.")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = LedgerSources.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        StreamingOutput workbook = ImportTemplate::write;
        return Response.ok(workbook).header("Content-Disposition",
                "attachment; filename=\"ledger-template.xlsx\"").build();
    }

}
