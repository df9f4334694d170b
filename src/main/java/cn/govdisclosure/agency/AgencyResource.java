package cn.govdisclosure.agency;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import cn.govdisclosure.platform.Caller;
import cn.govdisclosure.platform.EntityTags;
import cn.govdisclosure.platform.IdempotentCreate;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.platform.Representations;
import cn.govdisclosure.platform.Responses;
import cn.govdisclosure.platform.Roles;

@Path("/api/v1/agencies")
@Tag(name = "Agencies", description = "Disclosing agencies and their hierarchy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgencyResource {

    private final AgencyService service;
    private final Caller caller;
    private final Representations representations;

    AgencyResource(AgencyService service, Caller caller, Representations representations) {
        this.service = service;
        this.caller = caller;
        this.representations = representations;
    }

    @POST
    @Authenticated
    @SecurityRequirement(name = Roles.BEARER_SCHEME)
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @Operation(summary = "Register an agency (admin)",
            description = "Sending the same agency again returns it unchanged (200); another agency with the same code is a 409.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "200", description = "The same agency had been registered already",
            content = @Content(schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input or unknown parent")
    @APIResponse(responseCode = "409", description = "The code is taken by an agency with other details")
    public Response create(@Valid @NotNull(message = "{field.body-required}") AgencyInput input, @Context UriInfo uri) {
        caller.requireAdmin();
        var creation = IdempotentCreate.run(() -> service.create(input));
        return Responses.created(creation, uri.getAbsolutePathBuilder().path(input.code()).build());
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "Read an agency", description = "Public.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"),
            description = "The agency, with its ETag", content = @Content(schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "404", description = "No such agency")
    public Response get(@PathParam("code") String code) {
        return Responses.withTag(service.get(code));
    }

    @GET
    @PermitAll
    @Operation(summary = "List agencies", description = "Public. All agencies ordered by code, or the direct children of "
            + "`parent`. The page carries an `ETag`: `If-None-Match` with it answers 304 while the page is unchanged.")
    @APIResponse(responseCode = "200", description = "A page of agencies", content = @Content(schema = @Schema(implementation = AgencyPage.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the tag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "404", description = "No such parent agency")
    public Response list(@QueryParam("parent") String parent, @BeanParam PageRequest paging) {
        return representations.tagged(service.list(parent, paging)).build();
    }

    @PUT
    @Path("{code}")
    @Authenticated
    @SecurityRequirement(name = Roles.BEARER_SCHEME)
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @Operation(summary = "Change an agency's name, kind or parent (admin)", description = "Needs `If-Match` with the agency's ETag.")
    @APIResponse(responseCode = "200", description = "The changed agency", content = @Content(schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, unknown parent or a cycle")
    @APIResponse(responseCode = "404", description = "No such agency")
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "{field.body-required}") AgencyUpdate update) {
        caller.requireAdmin();
        return Responses.withTag(service.update(code, update, EntityTags.expectedVersion(ifMatch)));
    }

    /** Documents the page envelope of agencies. */
    @Schema(name = "AgencyPage")
    static final class AgencyPage {
        public java.util.List<AgencyView> items;
        public int page;
        public int size;
        public long totalItems;
    }
}
