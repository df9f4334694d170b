package cn.govdisclosure.federation;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A federation source to register. */
@Schema(name = "SourceInput")
public record SourceInput(
        @Schema(description = "Short code of the source", examples = "luojiang")
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, - and _ only") String code,
        @Schema(examples = "洛江区政府信息公开系统") @NotBlank @Size(max = 200) String name,
        @Schema(description = "The source instance's base URL (its API is under /api/v1)", examples = "https://gk.luojiang.gov.cn")
        @NotBlank @Size(max = 500) String baseUrl,
        @Schema(description = "The root agency at the source: it and every agency below it are pulled", examples = "350504")
        @NotBlank @Size(max = 32) String agencyCode,
        @Schema(description = "The agency of this instance below which the source's root hangs", examples = "350500")
        @NotBlank @Size(max = 32) String localParentCode,
        @Schema(description = "The report years pulled", examples = "[2020, 2021]")
        @NotEmpty @Size(max = 20) List<@NotNull Integer> years,
        @Schema(description = "How to authenticate at the source; absent: none") @Valid Credentials credentials) {

    /** NONE (published data only) or an OAuth2 client; the secret is stored encrypted and never shown. */
    @Schema(name = "SourceCredentials")
    public record Credentials(
            @NotNull CredentialsKind kind,
            @Schema(description = "OAUTH2_CLIENT: the token endpoint (client-credentials grant)") @Size(max = 500) String tokenUrl,
            @Schema(description = "OAUTH2_CLIENT: the client id") @Size(max = 200) String clientId,
            @Schema(description = "OAUTH2_CLIENT: the client secret (write-only)") @Size(max = 500) String clientSecret) {
    }

    CredentialsKind kind() {
        return credentials == null ? CredentialsKind.NONE : credentials.kind();
    }
}
