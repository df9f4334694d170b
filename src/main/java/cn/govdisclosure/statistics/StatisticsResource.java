package cn.govdisclosure.statistics;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import cn.govdisclosure.access.AccessPolicy;
import cn.govdisclosure.platform.CachePolicy;
import cn.govdisclosure.platform.InvalidInput;
import cn.govdisclosure.platform.Representations;
import cn.govdisclosure.platform.Roles;

@Path("/api/v1/agencies/{code}/statistics/{year}")
@Tag(name = "Statistics", description = "Annual tables computed from the ledger")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = Roles.BEARER_SCHEME)
public class StatisticsResource {

    private final StatisticsService service;
    private final AccessPolicy access;
    private final Instance<PublishedStatistics> published;
    private final Representations representations;
    private final CachePolicy cache;

    StatisticsResource(StatisticsService service, AccessPolicy access, Instance<PublishedStatistics> published,
            Representations representations, CachePolicy cache) {
        this.representations = representations;
        this.cache = cache;
        this.service = service;
        this.access = access;
        this.published = published;
    }

    @GET
    @Operation(summary = "Compute tables 三 and 四 of a year",
            description = "In the year's format (GB2019 up to 2020, GB2021 after). Year attribution: new = received in "
                    + "the year; carried over = received before it and open on 1 January; outcome rows = concluded in "
                    + "the year; carried forward = open on 31 December. Appeals: filed in the year, by their result as "
                    + "of 31 December (PENDING if not concluded by then). Callers who may not read the agency's records "
                    + "(anonymous ones too) get the tables of its published report of that year and scope, as "
                    + "published; without one, 401 or 403.")
    @APIResponse(responseCode = "200", description = "The tables, with an ETag (If-None-Match → 304)", content = @Content(schema = @Schema(implementation = AnnualStatistics.class)))
    @APIResponse(responseCode = "400", description = "Year out of range or unknown scope")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "An agency the caller does not act for")
    @APIResponse(responseCode = "404", description = "No such agency")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = Roles.BEARER_SCHEME))
    public Response get(@PathParam("code") String code, @PathParam("year") int year,
            @Parameter(description = "AGENCY (default) or SUBTREE: the agency and every agency below it")
            @QueryParam("scope") @DefaultValue("AGENCY") String scope) {
        Scope parsed = parseScope(scope);
        if (!access.mayRead(code)) {
            for (PublishedStatistics source : published) {
                var tables = source.published(code, year, parsed);
                if (tables.isPresent()) {
                    // as published: the same for everyone until a correction is published
                    return representations.tagged(tables.get()).header(HttpHeaders.CACHE_CONTROL, cache.published())
                            .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
                }
            }
        }
        // computed now from the ledger: a client may keep it and revalidate it with its ETag
        return representations.tagged(service.compute(access.readable(code), year, parsed))
                .header(HttpHeaders.CACHE_CONTROL, CachePolicy.privateRevalidate()).header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
                .build();
    }

    private static Scope parseScope(String scope) {
        for (Scope candidate : Scope.values()) {
            if (candidate.name().equalsIgnoreCase(scope)) {
                return candidate;
            }
        }
        throw new InvalidInput("scope", "must be one of AGENCY, SUBTREE");
    }
}
