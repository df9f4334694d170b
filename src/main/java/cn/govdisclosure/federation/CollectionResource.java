package cn.govdisclosure.federation;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import cn.govdisclosure.access.AccessPolicy;
import cn.govdisclosure.platform.Roles;

@Path("/api/v1/agencies/{code}/collection/{year}")
@Tag(name = "Federation")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = Roles.BEARER_SCHEME)
public class CollectionResource {

    private final CollectionService service;
    private final AccessPolicy access;

    CollectionResource(CollectionService service, AccessPolicy access) {
        this.service = service;
        this.access = access;
    }

    @GET
    @Operation(summary = "The collection of a year's reports over the agency's subtree",
            description = "For every agency of the subtree, local or pulled from a federation source: whether its "
                    + "report of the year is published, when, whether late (published after its deadline, or not "
                    + "published and past it), its check findings' counts, and where its figures come from (ledger, "
                    + "imported document, federated report, federated statistics). Any reader of the agency.")
    @APIResponse(responseCode = "200", description = "The collection", content = @Content(schema = @Schema(implementation = CollectionView.class)))
    @APIResponse(responseCode = "400", description = "Year out of range")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "An agency the caller does not act for")
    @APIResponse(responseCode = "404", description = "No such agency")
    public CollectionView collection(@PathParam("code") String code, @PathParam("year") int year) {
        return service.collection(access.readable(code), year);
    }
}
