package cn.govdisclosure.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.Authenticated;

import cn.govdisclosure.access.AccessPolicy;
import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.platform.BodyTooLarge;
import cn.govdisclosure.platform.InvalidInput;
import cn.govdisclosure.platform.Message;
import cn.govdisclosure.platform.Roles;
import cn.govdisclosure.platform.UnsupportedMediaType;

@Path("/api/v1/agencies/{code}/ledger-imports")
@Tag(name = "Ledger import", description = "Offices' ledgers (依申请公开台账) in bulk: XLSX, CSV or NDJSON uploads run as jobs")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not a role for this, or an agency the caller does not act for")
public class LedgerUploadResource {

    private static final Pattern FILE_NAME = Pattern.compile("filename\\*?=(?:UTF-8'')?\"?([^\";]+)\"?",
            Pattern.CASE_INSENSITIVE);

    private final LedgerImportService service;
    private final LedgerImportWorker worker;
    private final AccessPolicy access;
    private final long maxBytes;

    LedgerUploadResource(LedgerImportService service, LedgerImportWorker worker, AccessPolicy access,
            @ConfigProperty(name = "disclosure.ledger-import.max-size", defaultValue = "256M") MemorySize maxSize) {
        this.service = service;
        this.worker = worker;
        this.access = access;
        this.maxBytes = maxSize.asLongValue();
    }

    @POST
    // any type is taken in, so that the caller's rights are checked (401, 403) before the type (415)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a ledger to import (clerk)", description = "The body is the file: an XLSX workbook "
            + "(every sheet; titles above the header, blank rows and total lines are skipped), a CSV (UTF-8 with or "
            + "without BOM; `charset=GB18030` for files saved on Chinese Windows) or NDJSON (one application JSON per "
            + "line, as `POST …/applications` takes it, optionally with `agencyCode`). Rows may name their agency "
            + "(机关代码) within this agency's subtree. Headers and values are recognised as offices print them "
            + "(`GET /ledger-imports/template` has the canonical ones); `mapping` overrides. The key is agency + "
            + "tracking number: a row stored with the same content is unchanged, with other content a conflict "
            + "(reported) unless `onConflict=replace` (an audited correction). The answer is 202 with the job; "
            + "follow `Location`.")
    @RequestBody(content = {
            @Content(mediaType = LedgerSources.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = LedgerSources.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = LedgerSources.NDJSON, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "202", description = "Accepted as a job (QUEUED)",
            content = @Content(schema = @Schema(implementation = LedgerImportView.class)))
    @APIResponse(responseCode = "400", description = "Invalid mode, onConflict or mapping, or an empty file")
    @APIResponse(responseCode = "404", description = "No such agency")
    @APIResponse(responseCode = "413", description = "The file is larger than DISCLOSURE_LEDGER_IMPORT_MAX_SIZE")
    @APIResponse(responseCode = "415", description = "Not XLSX, CSV or NDJSON")
    public Response upload(@PathParam("code") String code,
            @QueryParam("mode") @Parameter(description = "validate, all-or-nothing (default) or valid-rows",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"validate", "all-or-nothing", "valid-rows"}))
            String mode,
            @QueryParam("onConflict") @Parameter(description = "report (default) or replace",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"report", "replace"})) String onConflict,
            @QueryParam("mapping") @Parameter(description = "JSON: {\"columns\": {\"header as printed\": \"field\"}, "
                    + "\"values\": {\"outcome\": {\"printed\": \"CODE\"}}}; fields: trackingNumber, receivedDate, channel, "
                    + "applicantType, applicant.name, applicant.idNumber, applicant.phone, applicant.email, "
                    + "applicant.address, subject, concludedDate, outcome, agencyCode") String mapping,
            @QueryParam("fileName") @Parameter(description = "The file's name, for the job and the audit trail "
                    + "(else from Content-Disposition)") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam("Content-Disposition") String disposition, InputStream body) throws IOException {
        AgencyRef agency = access.writable(code, Roles.CLERK);
        ImportMode importMode = mode == null || mode.isBlank() ? ImportMode.ALL_OR_NOTHING
                : ImportMode.byParameter(mode).orElseThrow(() -> new InvalidInput("mode",
                        "unknown-value", "field.one-of", Arrays.stream(ImportMode.values())
                                .map(ImportMode::parameter).toList()));
        ConflictPolicy policy = onConflict == null || onConflict.isBlank() ? ConflictPolicy.REPORT
                : ConflictPolicy.byParameter(onConflict).orElseThrow(() -> new InvalidInput("onConflict",
                        "unknown-value", "field.one-of", List.of("report", "replace")));
        ImportMapping explicit = ImportMapping.parse(mapping);
        MediaType type;
        try {
            type = MediaType.valueOf(contentType == null ? "" : contentType);
        } catch (IllegalArgumentException malformed) {
            type = MediaType.WILDCARD_TYPE;
        }
        String mediaType = (type.getType() + "/" + type.getSubtype()).toLowerCase(java.util.Locale.ROOT);
        if (!List.of(LedgerSources.CSV, LedgerSources.XLSX, LedgerSources.NDJSON).contains(mediaType)) {
            throw new UnsupportedMediaType(Message.of("detail.ledger-types",
                    List.of(LedgerSources.XLSX, LedgerSources.CSV, LedgerSources.NDJSON), String.valueOf(contentType)));
        }
        String charset = mediaType.equals(LedgerSources.CSV)
                ? LedgerSources.charsetOf(type.getParameters().get("charset")).name() : null;
        String name = nameOf(fileName, disposition, mediaType);
        LedgerImportService.Received upload;
        try {
            upload = service.receive(body, maxBytes);
        } catch (LedgerImportService.TooLarge tooLarge) {
            throw new BodyTooLarge(maxBytes);
        }
        try {
            LedgerImportView job = service.create(agency, access.callerName(), name, mediaType, charset, importMode,
                    policy, explicit, upload);
            worker.nudge();
            return Response.accepted(job).location(URI.create("/api/v1/ledger-imports/" + job.id())).build();
        } finally {
            Files.deleteIfExists(upload.file());
        }
    }


    private static String nameOf(String fileName, String disposition, String mediaType) {
        String name = fileName;
        if ((name == null || name.isBlank()) && disposition != null) {
            Matcher matcher = FILE_NAME.matcher(disposition);
            if (matcher.find()) {
                name = URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
            }
        }
        if (name == null || name.isBlank()) {
            name = "upload." + switch (mediaType) {
                case LedgerSources.XLSX -> "xlsx";
                case LedgerSources.NDJSON -> "ndjson";
                default -> "csv";
            };
        }
        name = name.strip();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
