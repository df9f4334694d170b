package cn.govdisclosure.transfer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.format.Outcome;
import cn.govdisclosure.format.PrintedLabels;
import cn.govdisclosure.ledger.Channel;
import cn.govdisclosure.ledger.LedgerColumn;
import cn.govdisclosure.platform.InvalidInput;

/**
 * An explicit mapping that overrides the recognition of headers and values: {@code columns} maps a header as the
 * file prints it to a field ({@code trackingNumber}, {@code applicant.name}, … or the canonical header such as
 * 申请编号), {@code values} maps, per coded field ({@code channel}, {@code applicantType}, {@code outcome}), a
 * value as printed to a code.
 */
@Schema(name = "LedgerImportMapping")
public record ImportMapping(Map<String, String> columns, Map<String, Map<String, String>> values) {

    static final ImportMapping NONE = new ImportMapping(Map.of(), Map.of());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CODED = List.of("channel", "applicantType", "outcome");

    /** The mapping of the query parameter; a bad one is a 400 naming what is wrong. */
    static ImportMapping parse(String json) {
        if (json == null || json.isBlank()) {
            return NONE;
        }
        ImportMapping mapping;
        try {
            mapping = JSON.readValue(json, ImportMapping.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInput("mapping", "invalid-format", "field.mapping-json");
        }
        mapping = new ImportMapping(mapping.columns == null ? Map.of() : mapping.columns,
                mapping.values == null ? Map.of() : mapping.values);
        mapping.columns.forEach((header, field) -> {
            if (LedgerColumn.byHeader(field).isEmpty()) {
                throw new InvalidInput("mapping", "unknown-value", "field.mapping-unknown-field", header, field);
            }
        });
        mapping.values.forEach((field, codes) -> {
            if (!CODED.contains(field)) {
                throw new InvalidInput("mapping", "unknown-value", "field.mapping-values-for", CODED, field);
            }
            codes.forEach((printed, code) -> {
                boolean known = switch (field) {
                    case "channel" -> codeOf(Channel.class, code).isPresent();
                    case "applicantType" -> codeOf(ApplicantType.class, code).isPresent();
                    default -> codeOf(Outcome.class, code).isPresent();
                };
                if (!known) {
                    throw new InvalidInput("mapping", "unknown-value", "field.mapping-not-a-code", field, code);
                }
            });
        });
        return mapping;
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The column of a header: the explicit mapping first, then the known headers. */
    Optional<LedgerColumn> column(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String key = PrintedLabels.key(header);
        for (Map.Entry<String, String> entry : columns.entrySet()) {
            if (PrintedLabels.key(entry.getKey()).equals(key)) {
                return LedgerColumn.byHeader(entry.getValue());
            }
        }
        return LedgerColumn.byHeader(header);
    }

    /** The values of one coded field, by printed key. */
    Map<String, String> valuesOf(String field) {
        Map<String, String> byKey = new HashMap<>();
        values.getOrDefault(field, Map.of()).forEach((printed, code) -> byKey.put(PrintedLabels.key(printed), code));
        return byKey;
    }

    static <E extends Enum<E>> Optional<E> codeOf(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
