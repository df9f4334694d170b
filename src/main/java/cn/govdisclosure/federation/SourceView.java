package cn.govdisclosure.federation;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A federation source as the API shows it: never its client secret. */
@Schema(name = "Source")
public record SourceView(
        String code,
        String name,
        String baseUrl,
        @Schema(description = "The root agency at the source") String agencyCode,
        @Schema(description = "The agency here below which the source's agencies hang") String localParentCode,
        List<Integer> years,
        @Schema(description = "The credentials without the secret") Credentials credentials,
        Instant createdAt,
        Instant updatedAt) {

    /** The credentials as shown: kind, token URL and client id; whether a secret is stored, never the secret. */
    @Schema(name = "SourceCredentialsView")
    public record Credentials(CredentialsKind kind, String tokenUrl, String clientId, boolean secretStored) {
    }
}
