package cn.govdisclosure.transfer;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import job as the API shows it: its file, what it does, where it is, its counts and its first errors. */
@Schema(name = "LedgerImport")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LedgerImportView(
        long id,
        String agencyCode,
        String fileName,
        String mediaType,
        long fileSize,
        @Schema(description = "SHA-256 of the uploaded file, hex") String sha256,
        @Schema(enumeration = {"validate", "all-or-nothing", "valid-rows"}) String mode,
        @Schema(enumeration = {"report", "replace"}) String onConflict,
        ImportStatus status,
        @Schema(description = "Whether the accepted rows were stored (false in validate mode, and when all-or-nothing "
                + "met an error)") boolean stored,
        String requestedBy,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "How many times a replica started the job (more than 1 after a crash)") int attempts,
        Rows rows,
        @Schema(description = "Errors in all (a row may have several); the first 1,000 are listed") long errorCount,
        @Schema(description = "Why the job failed, in Chinese and English") String failure,
        List<Problem> errors,
        @Schema(description = "All errors as CSV") String errorsUrl) {

    /** Rows read, and what became of them; accepted = created + replaced. */
    @Schema(name = "LedgerImportRows")
    public record Rows(long read, long accepted, long created, long replaced, long unchanged, long rejected) {
    }

    /** One error: sheet (workbooks), row number as the spreadsheet shows it, column header, reason in Chinese and English. */
    @Schema(name = "LedgerImportError")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Problem(String sheet, Long row, String column, String trackingNumber, String message,
            String messageEn) {
    }
}
