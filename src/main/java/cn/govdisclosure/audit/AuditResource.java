package cn.govdisclosure.audit;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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

import cn.govdisclosure.access.AccessPolicy;
import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.platform.Forbidden;
import cn.govdisclosure.platform.InvalidInput;
import cn.govdisclosure.platform.PageOf;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.platform.Roles;

@Path("/api/v1/audit")
@Tag(name = "Audit trail", description = "Every create, change, transition and deletion of a record: who, when, what")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = Roles.BEARER_SCHEME)
public class AuditResource {

    private final AuditLog log;
    private final AccessPolicy access;
    private final AgencyService agencies;

    AuditResource(AuditLog log, AccessPolicy access, AgencyService agencies) {
        this.log = log;
        this.access = access;
        this.agencies = agencies;
    }

    @GET
    @Operation(summary = "Query the audit trail",
            description = "Newest first. A record's entries include those of its parts: `entityType=REPORT&entityId=7` "
                    + "lists the report's transitions and the changes of its sections, section 二 cells, reported "
                    + "values and revisions. Types: AGENCY, APPLICATION (id: tracking number; add `agency` to tell "
                    + "agencies apart), APPLICATION_EVENT, APPEAL, REPORT, REPORT_SECTION, PROACTIVE_CELL, REPORTED_VALUE, "
                    + "REPORT_REVISION, PERSONAL_DATA_RETENTION (one entry per retention run, with its count). Personal data never appears: its values read \"[personal data]\". Admins read "
                    + "everything; every other role reads the entries of the agencies it acts for, and must name "
                    + "them with `agency`, or name a record with `entityType` and `entityId`.")
    @APIResponse(responseCode = "200", description = "A page of entries", content = @Content(schema = @Schema(implementation = AuditPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging or entity type")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an admin and no agency or record given, or a record or agency the caller does not act for")
    @APIResponse(responseCode = "404", description = "No such agency")
    public PageOf<AuditEntryView> search(
            @Parameter(description = "Record type, such as APPLICATION or REPORT") @QueryParam("entityType") String entityType,
            @Parameter(description = "The record's identifier as the API uses it") @QueryParam("entityId") String entityId,
            @Parameter(description = "Code of the agency whose records are meant") @QueryParam("agency") String agency,
            @BeanParam PageRequest paging) {
        String type = blankToNull(entityType);
        if (type != null && !type.matches("[A-Z][A-Z_]{0,59}")) {
            throw new InvalidInput("entityType", "must be a type code such as APPLICATION or REPORT");
        }
        String id = blankToNull(entityId);
        String code = blankToNull(agency);
        Long agencyId = null;
        if (code != null) {
            agencyId = access.isAdmin() ? agencies.require(code).id() : access.readable(code).id();
        }
        AuditLog.Filter filter = new AuditLog.Filter(type, id, agencyId);
        if (!access.isAdmin() && agencyId == null) {
            if (type == null || id == null) {
                throw new Forbidden("Only admins read the whole audit trail; name an agency with 'agency', or a record "
                        + "with 'entityType' and 'entityId'");
            }
            for (Long owner : log.agenciesOf(filter)) {
                if (owner == null) {
                    throw new Forbidden("Only admins read the trail of records that belong to no agency");
                }
                access.requireReadable(agencies.byId(owner));
            }
        }
        return log.search(filter, paging);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Documents the page envelope of the trail. */
    @Schema(name = "AuditPage")
    static final class AuditPage {
        public List<AuditEntryView> items;
        public int page;
        public int size;
        public long totalItems;
    }
}
