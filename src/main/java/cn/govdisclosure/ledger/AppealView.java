package cn.govdisclosure.ledger;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.AppealResult;

/** A review or litigation case as the API shows it. */
@Schema(name = "Appeal")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppealView(long id, String agencyCode, String caseNumber, AppealKind kind, LocalDate filedDate,
        AppealResult result, LocalDate concludedDate, String applicationTrackingNumber, Instant createdAt,
        Instant updatedAt) {
}
