package cn.govdisclosure.report;

import java.util.Date;
import java.util.Optional;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import cn.govdisclosure.access.AccessPolicy;
import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.platform.CachePolicy;
import cn.govdisclosure.platform.DomainException;
import cn.govdisclosure.platform.EntityTags;
import cn.govdisclosure.platform.Message;
import cn.govdisclosure.platform.NotFound;
import cn.govdisclosure.platform.PageOf;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.platform.Representations;
import cn.govdisclosure.platform.Responses;
import cn.govdisclosure.platform.Roles;
import cn.govdisclosure.platform.Unauthenticated;
import cn.govdisclosure.platform.Versioned;

@Path("/api/v1/reports")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not a role for this, or an agency the caller does not act for")
@APIResponse(responseCode = "404", description = "No such report")
public class ReportResource {

    /** The report's representation depends on the Accept header and, working copy or revision in force, the caller. */
    private static final String VARY_NEGOTIATED = HttpHeaders.ACCEPT + ", " + HttpHeaders.AUTHORIZATION;

    private static final String PUBLIC_READ = " Callers who may not read the agency's records, anonymous ones "
            + "included, get the revision in force of a report that has been published, and 401 (anonymous) or 403 "
            + "otherwise.";

    private final ReportService service;
    private final ReportWorkflow workflow;
    private final ReportChecks checks;
    private final AccessPolicy access;
    private final DocumentRenderer documents;
    private final CachePolicy cache;
    private final Representations representations;
    private final ReportLists lists;
    private final AgencyService agencies;

    ReportResource(ReportService service, ReportWorkflow workflow, ReportChecks checks, AccessPolicy access,
            DocumentRenderer documents, CachePolicy cache, Representations representations, ReportLists lists,
            AgencyService agencies) {
        this.lists = lists;
        this.agencies = agencies;
        this.cache = cache;
        this.representations = representations;
        this.service = service;
        this.workflow = workflow;
        this.checks = checks;
        this.access = access;
        this.documents = documents;
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = Roles.BEARER_SCHEME))
    @Operation(summary = "List the reports of a subtree",
            description = "The reports of `under` and of every agency below it, federated agencies included, newest "
                    + "year first: each with its agency, year, status, publication deadline, publication date, whether "
                    + "it is late (published after its deadline, or not published and past it, as in the collection "
                    + "view) and, for readers of `under`, the counts of its check findings as of its last change. "
                    + "Readers of `under` see every report as it stands; anyone else (also without a token) sees the "
                    + "reports that have been published, each as its revision in force, without finding counts. "
                    + "The page carries an `ETag`: `If-None-Match` with it answers 304 while the page is unchanged.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "A page of reports",
            content = @Content(schema = @Schema(implementation = SubtreeReportPage.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the tag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "`under` missing, or an invalid filter or paging")
    @APIResponse(responseCode = "404", description = "No agency has the code given in `under`")
    public Response list(@BeanParam ReportListFilter filter, @BeanParam PageRequest paging) {
        String under = filter.under();
        AgencyRef root = agencies.require(under);
        boolean readers = !access.isAnonymous() && access.mayRead(root);
        PageOf<ReportListItem> page = lists.list(root, readers, filter.year, filter.status, filter.late, paging);
        return representations.tagged(page).header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
    }

    /** Documents the page envelope of a subtree's reports. */
    @Schema(name = "SubtreeReportPage")
    static final class SubtreeReportPage {
        public java.util.List<ReportListItem> items;
        public int page;
        public int size;
        public long totalItems;
    }

    @GET
    @Path("{id}")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = Roles.BEARER_SCHEME))
    @Operation(summary = "Read a report",
            description = "Metadata, the six sections, the section 二 table and tables 三 and 四 as the report shows "
                    + "them (reported values where present, else computed from the ledger now), with the computed "
                    + "tables and the reported values beside them. A PUBLISHED report is its frozen revision: later "
                    + "ledger changes do not alter it. The ETag covers the report's own content." + PUBLIC_READ)
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"),
            description = "The report", content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response get(@PathParam("id") long id) {
        if (readsInFull(id)) {
            Versioned<ReportView> report = service.get(id);
            return Response.fromResponse(Responses.withTag(report)).header(HttpHeaders.CACHE_CONTROL, caching(report.view()))
                    .header(HttpHeaders.VARY, VARY_NEGOTIATED).build();
        }
        PublishedRevision published = service.inForce(id).orElseThrow(() -> refusal(id));
        return Response.ok(published.json(), MediaType.APPLICATION_JSON_TYPE).tag(published.entityTag())
                .lastModified(Date.from(published.lastModified())).header(HttpHeaders.CACHE_CONTROL, cache.published())
                .header(HttpHeaders.VARY, VARY_NEGOTIATED).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = Roles.BEARER_SCHEME))
    @Produces({DocumentFormat.HTML_OFFER, DocumentFormat.MARKDOWN_OFFER, DocumentFormat.TEXT_OFFER,
            DocumentFormat.SPREADSHEET_OFFER, DocumentFormat.DOCX_OFFER, DocumentFormat.PDF_OFFER})
    // shares the operation "Read a report" of the JSON method above, adding the document media types to it
    @APIResponse(responseCode = "200", description = "The report: JSON, or with `Accept: text/html`, `text/markdown`, "
            + "`text/plain`, the workbook type, the Word document type or `application/pdf`, the document to publish (a "
            + "standalone A4 page; the same as Markdown; plain text with tables as tab-separated lines; one sheet per "
            + "table; the A4 attachment as a Word document or a PDF with an embedded Chinese font). Also at "
            + "`/reports/{id}.html`, `.md`, `.txt`, `.xlsx`, `.docx` and `.pdf`.", content = {
            @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = DocumentFormat.SPREADSHEET_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentFormat.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "406", description = "None of the accepted media types is offered")
    public Response document(@PathParam("id") long id, @Context HttpHeaders headers) {
        return document(id, DocumentFormat.negotiate(headers), VARY_NEGOTIATED);
    }

    @GET
    @Path("{id}.{extension}")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = Roles.BEARER_SCHEME))
    @Produces({DocumentFormat.HTML_TYPE, DocumentFormat.MARKDOWN_TYPE, DocumentFormat.TEXT_TYPE,
            DocumentFormat.SPREADSHEET_TYPE, DocumentFormat.DOCX_TYPE, DocumentFormat.PDF_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "The report as a file: .html, .md, .txt, .xlsx, .docx or .pdf",
            description = "A link that needs no `Accept` header, for browsers and downloads; `.json` gives the report's JSON."
                    + PUBLIC_READ)
    @APIResponse(responseCode = "200", description = "The document", content = {
            @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = DocumentFormat.SPREADSHEET_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentFormat.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DocumentFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class))})
    @APIResponse(responseCode = "404", description = "No such report, or an extension other than html, md, txt, xlsx, docx, pdf, json")
    public Response file(@PathParam("id") long id, @PathParam("extension") String extension) {
        if (extension.equals("json")) {
            return Response.fromResponse(get(id)).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
        return document(id, DocumentFormat.byExtension(extension), HttpHeaders.AUTHORIZATION);
    }

    /** A document of the report as this caller may read it; a published revision's comes from the cache. */
    private Response document(long id, DocumentFormat format, String vary) {
        ReportView report = readable(id);
        return Response.fromResponse(documents.render(report, format).toResponse(id, caching(report)))
                .header(HttpHeaders.VARY, vary).build();
    }

    /** A published revision may be kept by any cache; a working copy by none. */
    private String caching(ReportView report) {
        return report.status() == ReportStatus.PUBLISHED ? cache.published() : CachePolicy.privateNoStore();
    }

    /** The report as this caller may read it: in full for its agencies' readers, else its published revision. */
    private ReportView readable(long id) {
        if (readsInFull(id)) {
            return service.get(id).view();
        }
        return service.published(id).orElseThrow(() -> refusal(id)).view();
    }

    @GET
    @Path("{id}/sections/{number}")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = Roles.BEARER_SCHEME))
    @Operation(summary = "Read one section of a report", description = "The ETag is the report's." + PUBLIC_READ)
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"),
            description = "The section", content = @Content(schema = @Schema(implementation = SectionView.class)))
    @APIResponse(responseCode = "404", description = "No such report or section")
    public Response section(@PathParam("id") long id, @PathParam("number") int number) {
        ReportView report = readable(id);
        Versioned<SectionView> section = readsInFull(id) ? service.section(id, number)
                : service.publishedSection(id, number).orElseThrow(() -> refusal(id));
        return Response.fromResponse(Responses.withTag(section)).header(HttpHeaders.CACHE_CONTROL, caching(report))
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
    }

    @PUT
    @Path("{id}/sections/{number}")
    @Operation(summary = "Set a section's narrative text (editor, publisher)",
            description = "Only in DRAFT or RETURNED. Needs `If-Match` with the report's ETag.")
    @APIResponse(responseCode = "200", description = "The section; the response's ETag is the report's new one", content = @Content(schema = @Schema(implementation = SectionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid text")
    @APIResponse(responseCode = "404", description = "No such report or section")
    @APIResponse(responseCode = "409", description = "The report is not in DRAFT or RETURNED: the problem names its state and the allowed transitions", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = WorkflowProblem.class)))
    public Response updateSection(@PathParam("id") long id, @PathParam("number") int number,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "{field.body-required}") SectionInput input) {
        access.require(service.agencyOf(id), Roles.EDITOR, Roles.PUBLISHER);
        return Responses.withTag(service.updateSection(id, number, input, EntityTags.expectedVersion(ifMatch)));
    }

    @PUT
    @Path("{id}/front-matter")
    @Operation(summary = "Set the report's own opening paragraph and closing (editor, publisher)",
            description = "The opening (legal basis, period covered, where the electronic version is published, whom "
                    + "to ask) and the closing (issuing agency and date) every document of the report prints instead "
                    + "of the standard wording; a member left out, null or blank goes back to its default. Only in "
                    + "DRAFT or RETURNED. Needs `If-Match` with the report's ETag.")
    @APIResponse(responseCode = "200", description = "The front matter as printed; the response's ETag is the report's new one", content = @Content(schema = @Schema(implementation = FrontMatterView.class)))
    @APIResponse(responseCode = "400", description = "Too long a text, or an issue date within or before the report's year")
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "409", description = "The report is not in DRAFT or RETURNED: the problem names its state and the allowed transitions", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = WorkflowProblem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response updateFrontMatter(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") FrontMatterInput input) {
        access.require(service.agencyOf(id), Roles.EDITOR, Roles.PUBLISHER);
        return Responses.withTag(service.updateFrontMatter(id, input, EntityTags.expectedVersion(ifMatch)));
    }

    @PUT
    @Path("{id}/proactive-disclosure")
    @Operation(summary = "Set the section 二 table (editor, publisher)",
            description = "Replaces every cell of the report's own format; cells of the other format are refused. "
                    + "Only in DRAFT or RETURNED. Needs `If-Match` with the report's ETag.")
    @APIResponse(responseCode = "200", description = "The table; the response's ETag is the report's new one", content = @Content(schema = @Schema(implementation = ProactiveDisclosureView.class)))
    @APIResponse(responseCode = "400", description = "A cell outside the format or of the wrong kind")
    @APIResponse(responseCode = "409", description = "The report is not in DRAFT or RETURNED", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = WorkflowProblem.class)))
    public Response updateProactiveDisclosure(@PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "{field.body-required}") ProactiveDisclosureInput input) {
        access.require(service.agencyOf(id), Roles.EDITOR, Roles.PUBLISHER);
        return Responses.withTag(
                service.updateProactiveDisclosure(id, input, EntityTags.expectedVersion(ifMatch)));
    }

    @PUT
    @Path("{id}/reported-values")
    @Operation(summary = "Set the reported values of tables 三 and 四 (editor, publisher)",
            description = "Figures the office reports instead of the computed ones (a historical year entered by hand, "
                    + "an incomplete ledger), row by row, each row with its reason. Replaces all reported values; an "
                    + "empty list removes them. The report then shows the reported value of each cell that has one, "
                    + "and the REPORTED check flags every difference from the computed value. Rows and columns must "
                    + "be those of the report's format. Only in DRAFT or RETURNED. Needs `If-Match`.")
    @APIResponse(responseCode = "200", description = "The report; the response's ETag is the new one", content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "A row or column outside the format, a value that is no whole number, or no reason")
    @APIResponse(responseCode = "409", description = "The report is not in DRAFT or RETURNED", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = WorkflowProblem.class)))
    public Response updateReportedValues(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "{field.body-required}") ReportedValuesInput input) {
        access.require(service.agencyOf(id), Roles.EDITOR, Roles.PUBLISHER);
        return Responses.withTag(service.updateReportedValues(id, input, EntityTags.expectedVersion(ifMatch)));
    }

    @GET
    @Path("{id}/checks")
    @Operation(summary = "Run the consistency checks over a report",
            description = "The rules of domain §6 (TYPE, T3-IDENTITY, T3-TOTAL, T3-ROWSUM, T4-SUM, X-CARRY, X-VALID, "
                    + "TEXT, ROLLUP) and REPORTED (every reported value that differs from the computed one), over the "
                    + "report as it stands (its frozen revision once published). Each finding names its rule, "
                    + "severity, section, row and column, the expected and actual value, in Chinese and English. "
                    + "A report cannot be submitted or published while an ERROR finding remains.")
    @APIResponse(responseCode = "200", description = "The findings", content = @Content(schema = @Schema(implementation = ChecksView.class)))
    public ChecksView checks(@PathParam("id") long id) {
        access.requireReadable(service.agencyOf(id));
        return checks.view(id);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit a report for publication (publisher)",
            description = "DRAFT or RETURNED → SUBMITTED. Refused with a 409 `checks-failed` problem listing the "
                    + "findings while error-level findings remain. Needs `If-Match`; a body is not needed.")
    @APIResponse(responseCode = "200", description = "The submitted report", content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current state, or error-level findings remain (listed in `findings`)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = WorkflowProblem.class)))
    public Response submit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        access.require(service.agencyOf(id), Roles.PUBLISHER);
        return Responses.withTag(workflow.submit(id, EntityTags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "Return a submitted report to its editor (publisher)",
            description = "SUBMITTED → RETURNED, with a comment; the editor may then edit it and it may be submitted "
                    + "again. Needs `If-Match`.")
    @APIResponse(responseCode = "200", description = "The returned report", content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "No comment")
    @APIResponse(responseCode = "409", description = "Not allowed from the current state", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = WorkflowProblem.class)))
    public Response returnToEditor(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "{field.body-required}") WorkflowInputs.Return input) {
        access.require(service.agencyOf(id), Roles.PUBLISHER);
        return Responses.withTag(workflow.returnToEditor(id, input, EntityTags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish a submitted report (publisher)",
            description = "SUBMITTED → PUBLISHED. The checks run again; the publication date is today by the service "
                    + "clock (or an earlier `publishedDate`, for a report published elsewhere and recorded later, never "
                    + "before the year has ended); the report is flagged `publishedLate` when that is after its "
                    + "deadline (31 January of the next year; 31 March for a government's own report). Every section "
                    + "and table is frozen as the current revision. Needs `If-Match`.")
    @APIResponse(responseCode = "200", description = "The published report", content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "A publication date in the future or before the year ended")
    @APIResponse(responseCode = "409", description = "Not allowed from the current state, error-level findings remain, or the report year has not ended", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = WorkflowProblem.class)))
    public Response publish(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid WorkflowInputs.Publish input) {
        access.require(service.agencyOf(id), Roles.PUBLISHER);
        return Responses.withTag(
                workflow.publish(id, input, EntityTags.expectedVersion(ifMatch), access.callerName()));
    }

    @POST
    @Path("{id}/record-publication")
    @Operation(summary = "Record a report published elsewhere as published (publisher)",
            description = "DRAFT, RETURNED or SUBMITTED → PUBLISHED for a report the agency already published "
                    + "(typically one imported from that document): `publishedDate` (not in the future, not before "
                    + "the year ended), the `url` where it was published, and `acknowledgements` naming every "
                    + "error-level finding of `GET …/checks` by its `rule` and `place` with the `reason` the "
                    + "published figure stands. The report is frozen as its revision like a publication; the "
                    + "acknowledgements are kept with it and shown in its checks. Its figures then count for the "
                    + "next year's X-CARRY, the year-over-year comparison and a parent's ROLLUP. Needs `If-Match`.")
    @APIResponse(responseCode = "200", description = "The published report", content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "No date, a date in the future or before the year ended, a bad URL, or an acknowledgement that names no finding")
    @APIResponse(responseCode = "409", description = "Not allowed from the current state, or an error-level finding left unacknowledged (listed in `findings`)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = WorkflowProblem.class)))
    public Response recordPublication(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "{field.body-required}") WorkflowInputs.RecordPublication input) {
        access.require(service.agencyOf(id), Roles.PUBLISHER);
        return Responses.withTag(workflow.recordPublication(id, input, EntityTags.expectedVersion(ifMatch),
                access.callerName()));
    }

    @POST
    @Path("{id}/revisions")
    @Operation(summary = "Start a correction of a published report (publisher)",
            description = "PUBLISHED → DRAFT of the next revision, with the reason for the correction. The published "
                    + "revisions stay readable under /revisions and remain what the public sees until the correction "
                    + "is published. Needs `If-Match`.")
    @APIResponse(responseCode = "201", description = "The new revision, in DRAFT", content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "409", description = "The report is not PUBLISHED", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = WorkflowProblem.class)))
    public Response revise(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "{field.body-required}") WorkflowInputs.Revise input, @Context UriInfo uri) {
        access.require(service.agencyOf(id), Roles.PUBLISHER);
        Versioned<ReportView> revised = workflow.revise(id, input, EntityTags.expectedVersion(ifMatch));
        return Response.created(uri.getBaseUriBuilder().path(ReportResource.class).path(Long.toString(id))
                .path("revisions").path(Integer.toString(revised.view().revision())).build())
                .entity(revised.view()).tag(EntityTags.of(revised.version())).build();
    }

    @GET
    @Path("{id}/revisions")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = Roles.BEARER_SCHEME))
    @Operation(summary = "List a report's revisions",
            description = "Oldest first: every published revision (PUBLISHED for the one in force, SUPERSEDED for "
                    + "earlier ones) with its reason, publication date, deadline and lateness, and for readers of the "
                    + "agency the revision in progress." + PUBLIC_READ)
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"),
            description = "The revisions", content = @Content(schema = @Schema(implementation = RevisionSummary[].class)))
    public Response revisions(@PathParam("id") long id) {
        boolean full = readsInFull(id);
        if (!full && service.published(id).isEmpty()) {
            throw refusal(id);
        }
        // the list changes with every publication and correction: revalidated by its ETag on every use
        return representations.tagged(service.revisions(id, full)).header(HttpHeaders.CACHE_CONTROL, CachePolicy.privateRevalidate())
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
    }

    @GET
    @Path("{id}/revisions/{revision}")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = Roles.BEARER_SCHEME))
    @Operation(summary = "Read one revision of a report",
            description = "A published revision exactly as it was published. The revision in progress, for readers "
                    + "of the agency, is the working copy." + PUBLIC_READ)
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"),
            description = "The revision", content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "404", description = "No such report or revision")
    public Response revision(@PathParam("id") long id, @PathParam("revision") int revision) {
        boolean full = readsInFull(id);
        if (!full && service.published(id).isEmpty()) {
            throw refusal(id);
        }
        Optional<Versioned<ReportView>> published = service.publishedRevision(id, revision);
        if (published.isPresent()) {
            return Response.fromResponse(Responses.withTag(published.get())).header(HttpHeaders.CACHE_CONTROL, cache.published())
                    .lastModified(Date.from(published.get().view().updatedAt()))
                    .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
        }
        if (full && service.isWorkInProgress(id, revision)) {
            return Response.fromResponse(Responses.withTag(service.get(id))).header(HttpHeaders.CACHE_CONTROL, CachePolicy.privateNoStore())
                    .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
        }
        throw new NotFound(Message.of(full ? "detail.no-revision" : "detail.no-published-revision", id, revision));
    }

    /** Whether the caller may read the report's agency's records, and so the working copy. */
    private boolean readsInFull(long id) {
        if (access.isAnonymous()) {
            return false;
        }
        Optional<AgencyRef> agency = service.findAgencyOf(id);
        return agency.isPresent() && access.mayRead(agency.get());
    }

    /** Why a caller who may not read the agency's records gets nothing: 401 anonymous, 404 unknown, else 403. */
    private DomainException refusal(long id) {
        if (access.isAnonymous()) {
            return new Unauthenticated(Message.of("detail.report-not-published"));
        }
        access.requireReadable(service.agencyOf(id));
        return new NotFound(Message.of("detail.no-report", id));
    }
}
