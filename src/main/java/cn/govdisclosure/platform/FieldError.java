package cn.govdisclosure.platform;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One rejected field of a request: its JSON path (or parameter name) and what is wrong with it. */
@Schema(name = "FieldError")
public record FieldError(String field, String message) {
}
