package cn.govdisclosure.transfer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import cn.govdisclosure.access.AccessPolicy;
import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.Scope;
import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.platform.EntityTags;
import cn.govdisclosure.platform.InvalidInput;
import cn.govdisclosure.platform.Roles;

@Path("/api/v1/agencies/{code}/report-imports")
@Tag(name = "Reports")
@Authenticated
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not a role for this, or an agency the caller does not act for")
public class ReportImportResource {

    private final ReportImportService imports;
    private final AccessPolicy access;

    ReportImportResource(ReportImportService imports, AccessPolicy access) {
        this.imports = imports;
        this.access = access;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a published annual report (editor, publisher; dry run: any reader)",
            description = "The body is the document the agency published: `text/plain` (UTF-8, or GB18030 when "
                    + "declared: `; charset=GB18030`), `text/html` (a portal page; tables with rowspan/colspan), "
                    + "`application/pdf` (its text layer) or a DOCX document. Its title, six sections, section 二 "
                    + "and tables 三 and 四 are read; the year comes from `year` or the title, the format from "
                    + "`format` or the tables' labels (else the year), and the answer says which. Every cell comes "
                    + "with the printed text it was read from and its status: READ, BLANK (blank is never 0), "
                    + "AMBIGUOUS (run-together digits that split in more than one way satisfying the template's "
                    + "sums: the candidates are listed, none is guessed) or UNREADABLE; parse findings say what "
                    + "could not be read and on which line; the consistency checks run over the figures as read. "
                    + "Unless `dryRun=true`, the figures are stored as the agency's report of that year with origin "
                    + "IMPORTED — every table 三 and 四 cell as a reported value with the reason, section 二 and the "
                    + "sections' text — creating it (201), or replacing the figures of the existing DRAFT or RETURNED "
                    + "report when `If-Match` carries its ETag (200); the import is kept on the report "
                    + "(`GET /reports/{id}/import`). Bodies up to `DISCLOSURE_REPORT_IMPORT_MAX_BYTES` (10 MiB).")
    @RequestBody(description = "The published document", content = {
            @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Read and stored as a new report", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportImportView.class)))
    @APIResponse(responseCode = "200", description = "Read (dry run), or read and stored in the existing draft", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportImportView.class)))
    @APIResponse(responseCode = "400", description = "A bad parameter, an empty body, or no year in the document and none given")
    @APIResponse(responseCode = "404", description = "No such agency")
    @APIResponse(responseCode = "409", description = "The report of that year is not editable, or the document's format is not that year's")
    @APIResponse(responseCode = "413", description = "The document is larger than the import accepts")
    @APIResponse(responseCode = "415", description = "Not one of the document types read")
    @APIResponse(responseCode = "422", description = "The document cannot be read (damaged, encrypted, no text layer) or is not an annual report")
    @APIResponse(responseCode = "428", description = "The agency already has its report of that year and no If-Match was sent")
    public Response importReport(@PathParam("code") String code,
            @Parameter(description = "The report year; by default the year in the document's title")
            @QueryParam("year") @Min(1900) @Max(9999) Integer year,
            @Parameter(description = "GB2019 or GB2021; by default detected from the tables' labels, else the year")
            @QueryParam("format") ReportFormat format,
            @Parameter(description = "AGENCY (default) or SUBTREE for an aggregate report; when creating the report")
            @QueryParam("scope") Scope scope,
            @Parameter(description = "The document's file name or URL, kept with the report and in each value's reason")
            @QueryParam("source") String source,
            @Parameter(description = "true: read and check only, store nothing")
            @QueryParam("dryRun") Boolean dryRun,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            byte[] body, @Context UriInfo uri) {
        boolean dry = Boolean.TRUE.equals(dryRun);
        AgencyRef agency = dry ? access.readable(code) : access.writable(code, Roles.EDITOR, Roles.PUBLISHER);
        ReportImportService.Request request = new ReportImportService.Request(body, contentType,
                charset(contentType), year, format, scope, source(source), dry);
        ReportImportService.Outcome outcome = imports.importDocument(agency, request,
                EntityTags.expectedVersion(ifMatch), access.callerName());
        if (dry) {
            return Response.ok(outcome.view()).build();
        }
        var location = uri.getBaseUriBuilder().path("api/v1/reports").path(Long.toString(outcome.view().reportId()))
                .build();
        Response.ResponseBuilder response = outcome.created() ? Response.created(location)
                : Response.ok().location(location);
        return response.entity(outcome.view()).tag(EntityTags.of(outcome.reportVersion())).build();
    }

    /** The charset declared in the Content-Type, or null. */
    private static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                return pair[1].strip();
            }
        }
        return null;
    }

    private static String source(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        String stripped = source.strip();
        if (stripped.length() > 500) {
            throw new InvalidInput("source", "too-long", "field.too-long", 500);
        }
        return stripped;
    }
}
