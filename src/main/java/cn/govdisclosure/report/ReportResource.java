package cn.govdisclosure.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import cn.govdisclosure.access.AccessPolicy;
import cn.govdisclosure.access.Roles;
import cn.govdisclosure.platform.Responses;
import cn.govdisclosure.rendering.DocumentFormat;
import cn.govdisclosure.rendering.ReportDocuments;

@Path("/api/v1/reports")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not a role for this, or an agency the caller does not act for")
public class ReportResource {

    private final ReportService service;
    private final AccessPolicy access;
    private final ReportDocuments documents;

    ReportResource(ReportService service, AccessPolicy access, ReportDocuments documents) {
        this.service = service;
        this.access = access;
        this.documents = documents;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a report",
            description = "Metadata, the six sections, the section 二 table and tables 三 and 四 computed from the ledger. "
                    + "The ETag covers the report's own content (sections and section 二).")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "404", description = "No such report")
    public Response get(@PathParam("id") long id) {
        access.requireReadable(service.agencyOf(id));
        return Responses.withTag(service.get(id));
    }

    @GET
    @Path("{id}")
    @Produces({DocumentFormat.HTML_OFFER, DocumentFormat.MARKDOWN_OFFER, DocumentFormat.TEXT_OFFER,
            DocumentFormat.SPREADSHEET_OFFER})
    // shares the operation "Read a report" of the JSON method above, adding the document media types to it
    @APIResponse(responseCode = "200", description = "The report: JSON, or with `Accept: text/html`, `text/markdown`, "
            + "`text/plain` or the workbook type, the document to publish (a standalone A4 page; the same as Markdown; "
            + "plain text with tables as tab-separated lines; one sheet per table). Also at `/reports/{id}.html`, `.md`, "
            + "`.txt` and `.xlsx`.", content = {
            @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = DocumentFormat.SPREADSHEET_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "406", description = "None of the accepted media types is offered")
    public Response document(@PathParam("id") long id, @Context HttpHeaders headers) {
        access.requireReadable(service.agencyOf(id));
        return documents.render(id, ReportDocuments.negotiate(headers)).toResponse(id);
    }

    @GET
    @Path("{id}.{extension}")
    @Produces({DocumentFormat.HTML_TYPE, DocumentFormat.MARKDOWN_TYPE, DocumentFormat.TEXT_TYPE,
            DocumentFormat.SPREADSHEET_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "The report as a file: .html, .md, .txt or .xlsx",
            description = "A link that needs no `Accept` header, for browsers and downloads; `.json` gives the report's JSON.")
    @APIResponse(responseCode = "200", description = "The document", content = {
            @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = DocumentFormat.SPREADSHEET_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class))})
    @APIResponse(responseCode = "404", description = "No such report, or an extension other than html, md, txt, xlsx, json")
    public Response file(@PathParam("id") long id, @PathParam("extension") String extension) {
        access.requireReadable(service.agencyOf(id));
        if (extension.equals("json")) {
            return Response.fromResponse(Responses.withTag(service.get(id))).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
        return documents.render(id, ReportDocuments.byExtension(extension)).toResponse(id);
    }

    @GET
    @Path("{id}/sections/{number}")
    @Operation(summary = "Read one section of a report", description = "The ETag is the report's.")
    @APIResponse(responseCode = "200", description = "The section", content = @Content(schema = @Schema(implementation = SectionView.class)))
    @APIResponse(responseCode = "404", description = "No such report or section")
    public Response section(@PathParam("id") long id, @PathParam("number") int number) {
        access.requireReadable(service.agencyOf(id));
        return Responses.withTag(service.section(id, number));
    }

    @PUT
    @Path("{id}/sections/{number}")
    @Operation(summary = "Set a section's narrative text (editor, publisher)", description = "Needs `If-Match` with the report's ETag.")
    @APIResponse(responseCode = "200", description = "The section; the response's ETag is the report's new one", content = @Content(schema = @Schema(implementation = SectionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid text")
    @APIResponse(responseCode = "404", description = "No such report or section")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response updateSection(@PathParam("id") long id, @PathParam("number") int number,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") SectionInput input) {
        access.require(service.agencyOf(id), Roles.EDITOR, Roles.PUBLISHER);
        return Responses.withTag(service.updateSection(id, number, input, ifMatch));
    }

    @PUT
    @Path("{id}/proactive-disclosure")
    @Operation(summary = "Set the section 二 table (editor, publisher)",
            description = "Replaces every cell of the report's own format; cells of the other format are refused. "
                    + "Needs `If-Match` with the report's ETag.")
    @APIResponse(responseCode = "200", description = "The table; the response's ETag is the report's new one", content = @Content(schema = @Schema(implementation = ProactiveDisclosureView.class)))
    @APIResponse(responseCode = "400", description = "A cell outside the format or of the wrong kind")
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response updateProactiveDisclosure(@PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") ProactiveDisclosureInput input) {
        access.require(service.agencyOf(id), Roles.EDITOR, Roles.PUBLISHER);
        return Responses.withTag(service.updateProactiveDisclosure(id, input, ifMatch));
    }
}
