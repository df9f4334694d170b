package cn.govdisclosure.ledger;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import cn.govdisclosure.access.AccessPolicy;
import cn.govdisclosure.platform.EntityTags;
import cn.govdisclosure.platform.IdempotentCreate;
import cn.govdisclosure.platform.PageOf;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.platform.Responses;
import cn.govdisclosure.platform.Roles;

@Path("/api/v1/agencies/{code}/appeals")
@Tag(name = "Appeals", description = "Administrative review (行政复议) and litigation (行政诉讼) cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not a role for this, or an agency the caller does not act for")
public class AppealResource {

    private final AppealService service;
    private final AccessPolicy access;

    AppealResource(AppealService service, AccessPolicy access) {
        this.service = service;
        this.access = access;
    }

    @POST
    @Operation(summary = "Record a review or litigation case (clerk)",
            description = "Idempotent on the case number: the same case sent again returns the stored one (200).")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = AppealView.class)))
    @APIResponse(responseCode = "200", description = "Already recorded with this content", content = @Content(schema = @Schema(implementation = AppealView.class)))
    @APIResponse(responseCode = "400", description = "Invalid case")
    @APIResponse(responseCode = "404", description = "No such agency")
    @APIResponse(responseCode = "409", description = "Case number already recorded with other content")
    public Response create(@PathParam("code") String code,
            @Valid @NotNull(message = "{field.body-required}") AppealInput input, @Context UriInfo uri) {
        var agency = access.writable(code, Roles.CLERK);
        var creation = IdempotentCreate.run(() -> service.create(agency, input));
        return Responses.created(creation,
                uri.getAbsolutePathBuilder().path(Long.toString(creation.stored().view().id())).build());
    }

    @GET
    @Operation(summary = "List an agency's cases", description = "Ordered by filing date.")
    @APIResponse(responseCode = "200", description = "A page of cases", content = @Content(schema = @Schema(implementation = AppealPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    @APIResponse(responseCode = "404", description = "No such agency")
    public PageOf<AppealView> list(@PathParam("code") String code, @BeanParam AppealFilter filter,
            @BeanParam PageRequest paging) {
        return service.list(access.readable(code), filter, paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a case")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"),
            description = "The case, with its ETag", content = @Content(schema = @Schema(implementation = AppealView.class)))
    @APIResponse(responseCode = "404", description = "No such agency or case")
    public Response get(@PathParam("code") String code, @PathParam("id") long id) {
        return Responses.withTag(service.get(access.readable(code), id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Update a case (clerk)", description = "Replaces the case's content (for example its result); needs `If-Match`.")
    @APIResponse(responseCode = "200", description = "The updated case", content = @Content(schema = @Schema(implementation = AppealView.class)))
    @APIResponse(responseCode = "400", description = "Invalid case")
    @APIResponse(responseCode = "404", description = "No such agency or case")
    @APIResponse(responseCode = "409", description = "The case number belongs to another case")
    public Response update(@PathParam("code") String code, @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "{field.body-required}") AppealInput input) {
        var agency = access.writable(code, Roles.CLERK);
        return Responses.withTag(service.update(agency, id, input, EntityTags.expectedVersion(ifMatch)));
    }

    /** Documents the page envelope of cases. */
    @Schema(name = "AppealPage")
    static final class AppealPage {
        public java.util.List<AppealView> items;
        public int page;
        public int size;
        public long totalItems;
    }
}
