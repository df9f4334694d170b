package cn.govdisclosure.access;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.platform.CachePolicy;
import cn.govdisclosure.platform.Caller;
import cn.govdisclosure.platform.Roles;

@Path("/api/v1/me")
@Tag(name = "Caller", description = "Who the token says the caller is")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = Roles.BEARER_SCHEME)
public class CallerResource {

    private static final List<String> KNOWN_ROLES = List.of(Roles.VIEWER, Roles.CLERK, Roles.EDITOR, Roles.PUBLISHER,
            Roles.ADMIN);

    private final Caller caller;
    private final AgencyService agencies;

    CallerResource(Caller caller, AgencyService agencies) {
        this.caller = caller;
        this.agencies = agencies;
    }

    @GET
    @Operation(summary = "The caller: subject, roles and the agencies it acts for",
            description = "Read from the verified token; the agencies with their names, so that a front end can "
                    + "shape its menus without decoding the token.")
    @APIResponse(responseCode = "200", description = "The caller", content = @Content(schema = @Schema(implementation = CallerView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Response me() {
        caller.requireAuthenticated();
        List<String> roles = KNOWN_ROLES.stream().filter(caller::has).toList();
        List<CallerView.ActingFor> acting = caller.agencyCodes().stream()
                .map(code -> agencies.find(code)
                        .map(agency -> new CallerView.ActingFor(agency.code(), agency.name(), agency.kind(), true))
                        .orElse(new CallerView.ActingFor(code, null, null, false)))
                .toList();
        return Response.ok(new CallerView(caller.name(), roles, caller.has(Roles.ADMIN), acting))
                .header("Cache-Control", CachePolicy.privateNoStore()).build();
    }
}
