package cn.govdisclosure.access;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import cn.govdisclosure.platform.PageOf;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.platform.Roles;

@Path("/api/v1/personal-data-access")
@Tag(name = "Personal data access log", description = "Who read applicants' personal data, and when (admin only)")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = Roles.BEARER_SCHEME)
public class PersonalDataAccessResource {

    private final PersonalDataAccessLog log;
    private final AccessPolicy access;

    PersonalDataAccessResource(PersonalDataAccessLog log, AccessPolicy access) {
        this.log = log;
        this.access = access;
    }

    @GET
    @Operation(summary = "Query the personal-data access log", description = "Newest first. Admin only.")
    @APIResponse(responseCode = "200", description = "A page of accesses", content = @Content(schema = @Schema(implementation = AccessPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public PageOf<PersonalDataAccessView> search(@QueryParam("agency") String agency,
            @QueryParam("trackingNumber") String trackingNumber, @QueryParam("reader") String reader,
            @BeanParam PageRequest paging) {
        access.requireAdmin();
        return log.search(agency, trackingNumber, reader, paging);
    }

    /** Documents the page envelope of the log. */
    @Schema(name = "PersonalDataAccessPage")
    static final class AccessPage {
        public java.util.List<PersonalDataAccessView> items;
        public int page;
        public int size;
        public long totalItems;
    }
}
