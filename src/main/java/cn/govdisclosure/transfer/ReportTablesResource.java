package cn.govdisclosure.transfer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import cn.govdisclosure.access.AccessPolicy;
import cn.govdisclosure.platform.InvalidInput;
import cn.govdisclosure.platform.Roles;

@Path("/api/v1/reports/{id}/tables/{table}")
@Tag(name = "Reports")
@Authenticated
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "An agency the caller does not act for")
public class ReportTablesResource {

    static final String PREVIOUS_YEAR = "previous-year";

    private final ReportTableService tables;
    private final AccessPolicy access;

    ReportTablesResource(ReportTableService tables, AccessPolicy access) {
        this.tables = tables;
        this.access = access;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.OFFER})
    @Operation(summary = "One table of a report, as JSON or CSV, optionally with the previous year alongside",
            description = "`table` is `proactive-disclosure` (section 二), `applications` (table 三) or `appeals` "
                    + "(table 四). CSV (UTF-8 with a byte order mark): tables 三 and 四 as printed, a line per row; "
                    + "section 二 and comparisons one cell per line. With `compare=previous-year` each row says whether "
                    + "it is comparable and each cell carries last year's figure and the difference. Tables 三 and 四 "
                    + "of last year are computed from the records and laid out in this report's format, so they compare "
                    + "across the 2021 format change; section 二 comes from last year's report and does not compare "
                    + "across that change (its columns count other things).")
    @APIResponse(responseCode = "200", description = "The table", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportTable.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Unknown comparison, or no year before the one compared")
    @APIResponse(responseCode = "404", description = "No such report or table")
    @APIResponse(responseCode = "406", description = "Neither JSON nor CSV is accepted")
    public Response get(@PathParam("id") long id,
            @Parameter(description = "proactive-disclosure, applications or appeals") @PathParam("table") String table,
            @Parameter(description = "previous-year: add last year's figures and the differences")
            @QueryParam("compare") String compare,
            @Context HttpHeaders headers) {
        access.requireReadable(tables.agencyOf(id));
        boolean withPreviousYear = compare != null && !compare.isBlank();
        if (withPreviousYear && !compare.strip().equals(PREVIOUS_YEAR)) {
            throw new InvalidInput("compare", "must be " + PREVIOUS_YEAR);
        }
        ReportTable result = tables.table(id, table, withPreviousYear);
        if (!prefersCsv(headers)) {
            return Response.ok(result, MediaType.APPLICATION_JSON_TYPE).build();
        }
        String name = result.agencyName() + result.year() + "年" + result.heading()
                + (withPreviousYear ? "（与上年比较）" : "") + ".csv";
        String disposition = "attachment; filename=\"report-" + id + "-" + table + ".csv\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(TableCsv.write(result), Csv.MEDIA_TYPE).header("Content-Disposition", disposition).build();
    }

    /** JSON unless the client prefers CSV; a 406 when it accepts neither. */
    static boolean prefersCsv(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (accepted.isCompatible(MediaType.valueOf("text/csv"))) {
                return true;
            }
        }
        throw new NotAcceptableException();
    }
}
