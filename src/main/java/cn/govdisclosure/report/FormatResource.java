package cn.govdisclosure.report;

import java.util.Arrays;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.platform.CachePolicy;
import cn.govdisclosure.platform.Message;
import cn.govdisclosure.platform.NotFound;
import cn.govdisclosure.platform.Representations;

@Path("/api/v1/formats")
@Tag(name = "Formats", description = "The two national report formats, GB2019 and GB2021 (public)")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class FormatResource {

    private final Representations representations;
    private final CachePolicy cache;

    FormatResource(Representations representations, CachePolicy cache) {
        this.representations = representations;
        this.cache = cache;
    }

    @GET
    @Operation(summary = "List the report formats",
            description = "GB2019 (国办公开办函〔2019〕60号) for report years up to 2020, GB2021 (国办公开办函〔2021〕30号) from "
                    + "2021: sections, section 二 layout, rows and columns of tables 三 and 四 with their labels.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"),
            description = "Both formats, with an ETag (If-None-Match → 304)", content = @Content(schema = @Schema(implementation = FormatView[].class)))
    public Response list() {
        return representations.tagged(Arrays.stream(ReportFormat.values()).map(FormatView::of).toList())
                .header(HttpHeaders.CACHE_CONTROL, cache.published()).build();
    }

    @GET
    @Path("{format}")
    @Operation(summary = "Describe one report format")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"),
            description = "The format", content = @Content(schema = @Schema(implementation = FormatView.class)))
    @APIResponse(responseCode = "404", description = "No such format")
    public Response get(@PathParam("format") String format) {
        FormatView view = Arrays.stream(ReportFormat.values()).filter(candidate -> candidate.name().equals(format))
                .findFirst().map(FormatView::of)
                .orElseThrow(() -> new NotFound(Message.of("detail.no-format", format)));
        return representations.tagged(view).header(HttpHeaders.CACHE_CONTROL, cache.published()).build();
    }
}
