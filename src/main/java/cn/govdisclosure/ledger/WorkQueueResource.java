package cn.govdisclosure.ledger;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import cn.govdisclosure.access.AccessPolicy;
import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.platform.InvalidInput;
import cn.govdisclosure.platform.PageOf;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.platform.Roles;

@Path("/api/v1/agencies/{code}/work-queue")
@Tag(name = "Application ledger")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = Roles.BEARER_SCHEME)
public class WorkQueueResource {

    private final ApplicationService applications;
    private final AgencyService agencies;
    private final AccessPolicy access;

    WorkQueueResource(ApplicationService applications, AgencyService agencies, AccessPolicy access) {
        this.applications = applications;
        this.agencies = agencies;
        this.access = access;
    }

    @GET
    @Operation(summary = "The work queue: open applications, soonest due first",
            description = "Applications whose clock is stopped (awaiting correction or fee, in consultation) come last. "
                    + "Applicants are shown by masked name.")
    @APIResponse(responseCode = "200", description = "A page of open applications", content = @Content(schema = @Schema(implementation = ApplicationResource.ApplicationPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid scope or paging")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "An agency the caller does not act for")
    @APIResponse(responseCode = "404", description = "No such agency")
    public PageOf<ApplicationView> queue(@PathParam("code") String code,
            @Parameter(description = "AGENCY (default) or SUBTREE") @QueryParam("scope") @DefaultValue("AGENCY") String scope,
            @BeanParam PageRequest paging) {
        boolean subtree = switch (scope.strip().toUpperCase()) {
            case "AGENCY" -> false;
            case "SUBTREE" -> true;
            default -> throw new InvalidInput("scope", "must be one of AGENCY, SUBTREE");
        };
        AgencyRef agency = access.readable(code);
        return applications.workQueue(subtree ? agencies.subtree(agency) : List.of(agency), paging);
    }
}
