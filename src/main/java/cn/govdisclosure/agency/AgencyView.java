package cn.govdisclosure.agency;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agency as the API shows it. */
@Schema(name = "Agency")
public record AgencyView(
        @Schema(examples = "350504") String code,
        @Schema(examples = "洛江区人民政府") String name,
        AgencyKind kind,
        @Schema(description = "Code of the parent agency; absent for a root") String parentCode,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The federation source the agency was pulled from (read-only here); absent for an "
                + "agency of this instance", examples = "luojiang") String federatedFrom,
        @Schema(description = "For a federated agency: when a pull found that its source no longer provides it (it "
                + "left the source's tree); what was pulled of it stays. Absent while the source provides it")
        Instant withdrawnAt) {

    static AgencyView of(Agency agency) {
        return new AgencyView(agency.code, agency.name, agency.kind,
                agency.parent == null ? null : agency.parent.code, agency.createdAt, agency.updatedAt,
                agency.federatedFrom, agency.withdrawnAt);
    }
}
