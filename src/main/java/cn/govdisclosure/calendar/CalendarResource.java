package cn.govdisclosure.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import cn.govdisclosure.access.AccessPolicy;
import cn.govdisclosure.platform.EntityTags;
import cn.govdisclosure.platform.Responses;
import cn.govdisclosure.platform.Roles;

@Path("/api/v1/calendar/{year}")
@Tag(name = "Calendar", description = "The official working-day calendar (holidays and 调休 make-up working days)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class CalendarResource {

    private final CalendarService service;
    private final AccessPolicy access;

    CalendarResource(CalendarService service, AccessPolicy access) {
        this.service = service;
        this.access = access;
    }

    @GET
    @Operation(summary = "Read a notice year", description = "Holidays and make-up working days announced for the year.")
    @APIResponse(responseCode = "200", description = "The year, with its ETag", content = @Content(schema = @Schema(implementation = CalendarView.class)))
    @APIResponse(responseCode = "404", description = "The year is not loaded")
    public Response get(@PathParam("year") int year) {
        return Responses.withTag(service.get(year));
    }

    @PUT
    @Operation(summary = "Load or replace a notice year (admin)",
            description = "Replacing an existing year needs `If-Match`. Every deadline that depends on the year follows at once.")
    @APIResponse(responseCode = "200", description = "The stored year", content = @Content(schema = @Schema(implementation = CalendarView.class)))
    @APIResponse(responseCode = "400", description = "A date outside the notice's range, listed twice, or a make-up day on a weekday")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing when replacing")
    public Response replace(@PathParam("year") int year, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") CalendarInput input) {
        access.requireAdmin();
        return Responses.withTag(service.replace(year, input, EntityTags.expectedVersion(ifMatch)));
    }
}
