package cn.govdisclosure.federation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import cn.govdisclosure.platform.Caller;
import cn.govdisclosure.platform.IdempotentCreate;
import cn.govdisclosure.platform.PageOf;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.platform.Responses;
import cn.govdisclosure.platform.Roles;

@Path("/api/v1/sources")
@Tag(name = "Federation", description = "Other instances whose agencies, published reports and figures this one pulls (admin)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not an admin")
public class FederationResource {

    private final FederationService service;
    private final FederationPuller puller;
    private final Caller caller;

    FederationResource(FederationService service, FederationPuller puller, Caller caller) {
        this.service = service;
        this.puller = puller;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Register a federation source (admin)",
            description = "Another instance of this service: its base URL, the root agency there (it and every agency "
                    + "below it are pulled), the agency here below which they hang, the report years pulled, and the "
                    + "credentials: none (published data only) or an OAuth2 client (client-credentials grant; also the "
                    + "bulk statistics), whose secret is stored encrypted and never shown. The same registration sent "
                    + "again answers 200 with the stored source.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "200", description = "Registered before with the same details", content = @Content(schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input: URL, years, credentials, an unknown or federated local parent")
    @APIResponse(responseCode = "409", description = "The code is taken by a source with other details")
    public Response create(@Valid @NotNull(message = "a JSON body is required") SourceInput input, @Context UriInfo uri) {
        caller.requireAdmin();
        var creation = IdempotentCreate.run(() -> service.create(input));
        return Responses.created(creation, uri.getAbsolutePathBuilder().path(input.code()).build());
    }

    @GET
    @Operation(summary = "List the federation sources (admin)", description = "Ordered by code.")
    @APIResponse(responseCode = "200", description = "A page of sources", content = @Content(schema = @Schema(implementation = SourcePage.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging")
    public PageOf<SourceView> list(@BeanParam PageRequest paging) {
        caller.requireAdmin();
        return service.list(paging);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "Read a federation source (admin)", description = "Never its client secret.")
    @APIResponse(responseCode = "200", description = "The source", content = @Content(schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "404", description = "No such source")
    public Response get(@PathParam("code") String code) {
        caller.requireAdmin();
        return Responses.withTag(service.get(code));
    }

    @POST
    @Path("{code}/pulls")
    @Operation(summary = "Pull the source now (admin)",
            description = "Fetches what changed at the source since the last pull — its agencies below the root, its "
                    + "published reports of the source's years (every published revision newer than the one here) and, "
                    + "with credentials, its bulk statistics — each request with the entity tag of the last pull, so "
                    + "that an unchanged source answers 304s; then applies all of it in one transaction. The answer is "
                    + "the pull: SUCCEEDED with its counts, or FAILED with the reason (timeout, HTTP status, a body "
                    + "that is not the expected JSON, another format version, a conflict here) and nothing applied.")
    @APIResponse(responseCode = "201", description = "The pull, SUCCEEDED or FAILED", content = @Content(schema = @Schema(implementation = PullView.class)))
    @APIResponse(responseCode = "404", description = "No such source")
    @APIResponse(responseCode = "409", description = "A pull of the source is running")
    public Response pull(@PathParam("code") String code, @Context UriInfo uri) {
        caller.requireAdmin();
        PullView pull = puller.pullNow(code, caller.name());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(pull.id())).build()).entity(pull).build();
    }

    @GET
    @Path("{code}/pulls")
    @Operation(summary = "List the source's pulls (admin)", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "A page of pulls", content = @Content(schema = @Schema(implementation = PullPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "404", description = "No such source")
    public PageOf<PullView> pulls(@PathParam("code") String code, @BeanParam PageRequest paging) {
        caller.requireAdmin();
        return service.pulls(code, paging);
    }

    @GET
    @Path("{code}/pulls/{id}")
    @Operation(summary = "Read one pull (admin)")
    @APIResponse(responseCode = "200", description = "The pull", content = @Content(schema = @Schema(implementation = PullView.class)))
    @APIResponse(responseCode = "404", description = "No such source or pull")
    public PullView pullOf(@PathParam("code") String code, @PathParam("id") long id) {
        caller.requireAdmin();
        return service.pull(code, id);
    }

    /** Documents the page envelope of sources. */
    @Schema(name = "SourcePage")
    static final class SourcePage {
        public java.util.List<SourceView> items;
        public int page;
        public int size;
        public long totalItems;
    }

    /** Documents the page envelope of pulls. */
    @Schema(name = "PullPage")
    static final class PullPage {
        public java.util.List<PullView> items;
        public int page;
        public int size;
        public long totalItems;
    }
}
