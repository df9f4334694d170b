package cn.govdisclosure.transfer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import cn.govdisclosure.access.AccessPolicy;
import cn.govdisclosure.platform.Roles;

@Path("/api/v1/statistics/{year}")
@Tag(name = "Statistics")
@Authenticated
@SecurityRequirement(name = Roles.BEARER_SCHEME)
public class BulkStatisticsResource {

    private final BulkStatisticsService bulk;
    private final AccessPolicy access;

    BulkStatisticsResource(BulkStatisticsService bulk, AccessPolicy access) {
        this.bulk = bulk;
        this.access = access;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.OFFER})
    @Operation(summary = "Pull a year's tables 三 and 四 of many agencies at once (for aggregating systems)",
            description = "Every agency the caller may read (an admin: all; any other role: the agencies of its token "
                    + "and everything below them), or the subtree of `under`, which the caller must be allowed to read. "
                    + "Each agency's tables are computed from its own records; an agency pulled from a federation "
                    + "source shows the figures pulled for it (its published report of scope AGENCY, else its source's "
                    + "statistics). The response carries an `ETag`: send it "
                    + "back in `If-None-Match` and an unchanged pull is answered 304 without computing anything; the tag "
                    + "changes when any application or appeal case of an agency in scope, or an agency itself (a pull of "
                    + "a federated agency's figures included), changes. "
                    + "`updatedSince` lists only agencies changed at or after that instant (the scope's `lastChanged`, "
                    + "also sent as `Last-Modified`, is the value for the next pull); the tag does not depend on it, so "
                    + "the last tag sent with a newer `updatedSince` is answered 304 when nothing changed. An agency "
                    + "that leaves the scope is not reported. JSON follows the stable schema BulkStatisticsV1; CSV (UTF-8 with a byte order "
                    + "mark) has one figure per line with the columns year, format, agencyCode, agencyName, parentCode, "
                    + "lastChanged, table, rowCode, rowLabel, columnCode, columnLabel, value. No personal data.")
    @APIResponse(responseCode = "200", description = "The tables", headers = {
            @Header(name = "ETag", description = "Tag of this state of the data", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Last-Modified", description = "The scope's latest change", schema = @Schema(type = SchemaType.STRING))},
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkStatistics.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "Unchanged since the tag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "Year out of range, or updatedSince not an instant")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "`under` is an agency the caller does not act for")
    @APIResponse(responseCode = "404", description = "No agency has the code given in `under`")
    @APIResponse(responseCode = "406", description = "Neither JSON nor CSV is accepted")
    public Response pull(@PathParam("year") int year,
            @Parameter(description = "An agency code: only that agency and the agencies below it")
            @QueryParam("under") String under,
            @Parameter(description = "An instant such as 2021-03-01T00:00:00Z (or with an offset, +08:00): only agencies "
                    + "changed at or after it")
            @QueryParam("updatedSince") OffsetDateTime updatedSince,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context HttpHeaders headers) {
        boolean csv = ReportTablesResource.prefersCsv(headers);
        String scope = under == null || under.isBlank() ? null : under.strip();
        List<String> treePaths = scope == null ? access.readableTreePaths() : List.of(access.readable(scope).treePath());
        BulkStatisticsService.Pull pull = bulk.prepare(year, scope,
                updatedSince == null ? null : updatedSince.toInstant(), treePaths, csv ? "csv" : "json");

        EntityTag tag = new EntityTag(pull.entityTag());
        Instant lastChanged = BulkStatisticsService.lastChanged(pull);
        if (matches(ifNoneMatch, pull.entityTag())) {
            return caching(Response.notModified(tag), lastChanged).build();
        }
        BulkStatistics body = bulk.pull(pull);
        Response.ResponseBuilder response = csv
                ? Response.ok(BulkStatisticsCsv.write(body), Csv.MEDIA_TYPE).header("Content-Disposition",
                        "attachment; filename=\"statistics-" + year + (scope == null ? "" : "-" + scope) + ".csv\"")
                : Response.ok(body, MediaType.APPLICATION_JSON_TYPE);
        return caching(response.tag(tag), lastChanged).build();
    }

    private static Response.ResponseBuilder caching(Response.ResponseBuilder response, Instant lastChanged) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        cache.setNoTransform(false);
        response.cacheControl(cache).header("Vary", "Accept, Authorization");
        if (lastChanged != null) {
            response.lastModified(Date.from(lastChanged));
        }
        return response;
    }

    /** Whether an If-None-Match header names this tag (compared weakly, as RFC 9110 asks), or is "*". */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.strip();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals("*") || value.equals("\"" + tag + "\"")) {
                return true;
            }
        }
        return false;
    }
}
