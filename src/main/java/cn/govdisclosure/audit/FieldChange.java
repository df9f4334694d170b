package cn.govdisclosure.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One property's change: its old and new value (null when absent). Personal data reads "[personal data]" and is
 * never recorded; a frozen document reads "[not recorded]".
 */
@Schema(name = "AuditFieldChange")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FieldChange(String field,
        @Schema(description = "String, number, boolean or null") Object oldValue,
        @Schema(description = "String, number, boolean or null") Object newValue) {
}
