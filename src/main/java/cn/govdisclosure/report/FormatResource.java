package cn.govdisclosure.report;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.platform.NotFound;

@Path("/api/v1/formats")
@Tag(name = "Formats", description = "The two national report formats, GB2019 and GB2021 (public)")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class FormatResource {

    @GET
    @Operation(summary = "List the report formats",
            description = "GB2019 (国办公开办函〔2019〕60号) for report years up to 2020, GB2021 (国办公开办函〔2021〕30号) from "
                    + "2021: sections, section 二 layout, rows and columns of tables 三 and 四 with their labels.")
    @APIResponse(responseCode = "200", description = "Both formats", content = @Content(schema = @Schema(implementation = FormatView[].class)))
    public List<FormatView> list() {
        return Arrays.stream(ReportFormat.values()).map(FormatView::of).toList();
    }

    @GET
    @Path("{format}")
    @Operation(summary = "Describe one report format")
    @APIResponse(responseCode = "200", description = "The format", content = @Content(schema = @Schema(implementation = FormatView.class)))
    @APIResponse(responseCode = "404", description = "No such format")
    public FormatView get(@PathParam("format") String format) {
        return Arrays.stream(ReportFormat.values()).filter(candidate -> candidate.name().equals(format)).findFirst()
                .map(FormatView::of)
                .orElseThrow(() -> new NotFound("No format " + format + "; the formats are GB2019, GB2021"));
    }
}
