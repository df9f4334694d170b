package cn.govdisclosure.access;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.govdisclosure.agency.AgencyKind;

/** Who the caller is, as its token says, with the agencies it acts for named, so a front end can shape its menus. */
@Schema(name = "Caller")
public record CallerView(
        @Schema(description = "The token's subject (its name claim)", examples = "zhang.san") String subject,
        @Schema(description = "The roles of the token this service knows, in the order viewer, clerk, editor, "
                + "publisher, admin", examples = "[\"clerk\"]") List<String> roles,
        @Schema(description = "Whether the caller acts for every agency (admin)") boolean allAgencies,
        @Schema(description = "The agencies of the token's agencies claim, in its order; each covers its subtree")
        List<ActingFor> agencies) {

    /** One agency the caller acts for; an agency code the service does not know has no name or kind. */
    @Schema(name = "CallerAgency")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActingFor(@Schema(examples = "350504") String code, @Schema(examples = "洛江区人民政府") String name,
            AgencyKind kind, @Schema(description = "Whether the service knows the agency") boolean known) {
    }
}
