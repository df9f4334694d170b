package cn.govdisclosure.ledger;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

import cn.govdisclosure.platform.Caller;
import cn.govdisclosure.platform.QueryParams;
import cn.govdisclosure.platform.Roles;

@Path("/api/v1/admin/retention/run")
@Tag(name = "Personal-data retention", description = "Anonymising applicants' details after the retention period (admin only)")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = Roles.BEARER_SCHEME)
public class RetentionResource {

    /** The audit trail's actor detail of a run an admin started. */
    static final String TRIGGER = "REQUEST";

    private final PersonalDataRetention retention;
    private final Caller caller;

    RetentionResource(PersonalDataRetention retention, Caller caller) {
        this.retention = retention;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Run the personal-data retention now",
            description = "Replaces the applicant's name (by the marker （已匿名）), identity number, phone, e-mail and "
                    + "address of every application concluded before today minus `DISCLOSURE_PERSONAL_DATA_RETENTION`, "
                    + "and records one audit entry with the count. With `dryRun=true` nothing is changed and the "
                    + "answer says what a run would anonymise. Statistics are unchanged either way. Admin only.")
    @APIResponse(responseCode = "200", description = "What was (or would be) anonymised",
            content = @Content(schema = @Schema(implementation = RetentionRunView.class)))
    @APIResponse(responseCode = "400", description = "dryRun is neither true nor false")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "Retention is off (no period configured)")
    public RetentionRunView run(@Parameter(description = "true: only say what would change")
            @QueryParam("dryRun") String dryRun) {
        caller.requireAdmin();
        if (Boolean.TRUE.equals(QueryParams.bool("dryRun", dryRun))) {
            return retention.preview();
        }
        return retention.run(caller.name(), TRIGGER);
    }
}
