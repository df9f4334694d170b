package cn.govdisclosure.ledger;

import java.util.List;

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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import cn.govdisclosure.access.AccessPolicy;
import cn.govdisclosure.access.Audience;
import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.platform.ConcurrentWrites;
import cn.govdisclosure.platform.EntityTags;
import cn.govdisclosure.platform.IdempotentCreate;
import cn.govdisclosure.platform.PageOf;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.platform.Responses;
import cn.govdisclosure.platform.Roles;

@Path("/api/v1/agencies/{code}/applications")
@Tag(name = "Application ledger", description = "Applications for disclosure (依申请公开台账) and their timelines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not a role for this, or an agency the caller does not act for")
public class ApplicationResource {

    static final String CSV_OFFER = LedgerSheetWriter.CSV_TYPE + ";qs=0.5";
    static final String XLSX_OFFER = LedgerSheetWriter.XLSX_TYPE + ";qs=0.5";
    private static final int EXPORT_PAGE = 1000;

    private final ApplicationService service;
    private final AccessPolicy access;
    private final AgencyService agencies;

    ApplicationResource(ApplicationService service, AccessPolicy access, AgencyService agencies) {
        this.service = service;
        this.access = access;
        this.agencies = agencies;
    }

    @POST
    @Operation(summary = "Record an application (clerk)",
            description = "Idempotent on the tracking number: the same entry sent again returns the stored one (200); "
                    + "other content under the same tracking number is a 409.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "200", description = "Already recorded with this content", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid entry")
    @APIResponse(responseCode = "404", description = "No such agency")
    @APIResponse(responseCode = "409", description = "Tracking number already recorded with other content")
    public Response create(@PathParam("code") String code,
            @Valid @NotNull(message = "{field.body-required}") ApplicationInput input, @Context UriInfo uri) {
        AgencyRef agency = access.writable(code, Roles.CLERK);
        var creation = IdempotentCreate.run(() -> service.create(agency, input, access.audienceFor(agency)));
        return Responses.created(creation, uri.getAbsolutePathBuilder().path(input.trackingNumber()).build());
    }

    @GET
    @Operation(summary = "List the ledger", description = "Ordered by receipt date, then tracking number, unless "
            + "`sort` says otherwise. Applicants' details only for the agency's clerks and admins (each such reading is logged); others see a masked name.")
    @APIResponse(responseCode = "200", description = "A page of applications", content = @Content(schema = @Schema(implementation = ApplicationPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    @APIResponse(responseCode = "404", description = "No such agency")
    public PageOf<ApplicationView> list(@PathParam("code") String code, @BeanParam ApplicationFilter filter,
            @BeanParam PageRequest paging) {
        AgencyRef agency = access.readable(code);
        return service.list(agencies.within(agency, filter.scope()), filter, paging, access.audienceFor(agency));
    }

    @GET
    @Produces({ApplicationResource.CSV_OFFER, ApplicationResource.XLSX_OFFER})
    // shares the operation "List the ledger" of the JSON method above, adding the spreadsheet media types to it
    @APIResponse(responseCode = "200", description = "With `Accept: text/csv` or the workbook type, the whole filtered "
            + "ledger (no paging) streamed as a spreadsheet in the layout the ledger import reads (申请编号, 收到日期, …; "
            + "`?scope=SUBTREE` adds the agencies below, each row naming its 机关代码), in the order of receipt whatever "
            + "`sort` says. Applicants' details only for clerks "
            + "and admins (logged); others get the masked name and empty personal columns.", content = {
            @Content(mediaType = LedgerSheetWriter.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = LedgerSheetWriter.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@PathParam("code") String code, @BeanParam ApplicationFilter filter,
            @Context HttpHeaders headers) {
        AgencyRef agency = access.readable(code);
        filter.criteria();
        List<AgencyRef> agencies = this.agencies.within(agency, filter.scope());
        Audience audience = access.audienceFor(agency);
        boolean xlsx = headers.getAcceptableMediaTypes().stream()
                .filter(type -> type.isCompatible(MediaType.valueOf(LedgerSheetWriter.CSV_TYPE))
                        || type.isCompatible(MediaType.valueOf(LedgerSheetWriter.XLSX_TYPE)))
                .findFirst().map(type -> type.getSubtype().contains("spreadsheet")).orElse(false);
        StreamingOutput body = out -> {
            try (LedgerSheetWriter writer = xlsx ? LedgerSheetWriter.xlsx(out) : LedgerSheetWriter.csv(out)) {
                service.export(agencies, filter, audience, EXPORT_PAGE, rows -> {
                    for (LedgerRow row : rows) {
                        writer.row(row);
                    }
                });
            }
        };
        String name = "ledger-" + code + (xlsx ? ".xlsx" : ".csv");
        return Response.ok(body, xlsx ? LedgerSheetWriter.XLSX_TYPE : LedgerSheetWriter.CSV_TYPE + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @GET
    @Path("{trackingNumber}")
    @Operation(summary = "Read an application with its timeline", description = "Applicant's details only for the "
            + "agency's clerks and admins (the reading is logged); others see a masked name.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"),
            description = "The application, with its ETag", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such agency or application")
    public Response get(@PathParam("code") String code, @PathParam("trackingNumber") String trackingNumber) {
        AgencyRef agency = access.readable(code);
        return Responses.withTag(service.get(agency, trackingNumber, access.audienceFor(agency)));
    }

    @PUT
    @Path("{trackingNumber}")
    @Operation(summary = "Correct a mistaken entry (clerk)", description = "Replaces the entry's content; needs `If-Match`.")
    @APIResponse(responseCode = "200", description = "The corrected application", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid entry")
    @APIResponse(responseCode = "404", description = "No such agency or application")
    public Response correct(@PathParam("code") String code, @PathParam("trackingNumber") String trackingNumber,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "{field.body-required}") ApplicationUpdate update) {
        AgencyRef agency = access.writable(code, Roles.CLERK);
        return Responses.withTag(service.correct(agency, trackingNumber, update, EntityTags.expectedVersion(ifMatch),
                access.audienceFor(agency)));
    }

    @POST
    @Path("{trackingNumber}/events")
    @Operation(summary = "Add an event to the timeline (clerk)",
            description = "`CONCLUDED` records the final reply with its outcome. Repeating the same conclusion is a no-op (200).")
    @APIResponse(responseCode = "201", description = "Recorded; the body is the application with its timeline", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "200", description = "The same conclusion was already recorded", content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid event")
    @APIResponse(responseCode = "404", description = "No such agency or application")
    @APIResponse(responseCode = "409", description = "The application is already concluded, the event does not "
            + "follow the timeline, or concurrent events kept changing the application")
    public Response addEvent(@PathParam("code") String code, @PathParam("trackingNumber") String trackingNumber,
            @Valid @NotNull(message = "{field.body-required}") EventInput event, @Context UriInfo uri) {
        AgencyRef agency = access.writable(code, Roles.CLERK);
        // a concurrent event on the same application is read and checked against, not answered 412
        var creation = ConcurrentWrites.retry(
                () -> service.addEvent(agency, trackingNumber, event, access.audienceFor(agency)));
        return Responses.created(creation, uri.getBaseUriBuilder().path(ApplicationResource.class).path(trackingNumber).build(code));
    }

    /** Documents the page envelope of applications. */
    @Schema(name = "ApplicationPage")
    static final class ApplicationPage {
        public java.util.List<ApplicationView> items;
        public int page;
        public int size;
        public long totalItems;
    }
}
