package cn.govdisclosure.codes;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

import cn.govdisclosure.platform.CachePolicy;
import cn.govdisclosure.platform.Representations;

@Path("/api/v1/codes")
@Tag(name = "Codes", description = "Every enumeration of the API with its names in Chinese and English (public)")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CodeResource {

    private static final CodeLists LISTS = CodeLists.of();

    private final Representations representations;
    private final CachePolicy cache;

    CodeResource(Representations representations, CachePolicy cache) {
        this.representations = representations;
        this.cache = cache;
    }

    @GET
    @Operation(summary = "List every enumeration of the API with its labels",
            description = "One list per enumeration, by name (applicantTypes, outcomes, channels, eventTypes, "
                    + "reportStatuses …): each code with `zh` (as the national template, the Regulation or an office's "
                    + "ledger words it), `en`, and the `group` the template prints it under (不予公开, 无法提供, 不予处理, "
                    + "其他处理, 法人或其他组织, 行政诉讼 …). Always both languages; the same for every caller.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"),
            description = "The code lists, with an ETag (If-None-Match → 304)",
            content = @Content(schema = @Schema(implementation = CodeLists.class)))
    public Response list() {
        return representations.tagged(LISTS).header(HttpHeaders.CACHE_CONTROL, cache.published()).build();
    }
}
