package cn.govdisclosure.platform;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A Bean Validation violation as a {@link Violation}. The constraints of the records name a key of the message bundle
 * as their message ({@code message = "{field.too-long}"}); the code comes from the kind of constraint, the values
 * of the placeholders from its attributes ({@code {0}} is {@code max} or {@code value}). A constraint without a key
 * of its own gets the bundle's text for its code.
 */
public final class ConstraintMessages {

    private ConstraintMessages() {
    }

    /**
     * The violations, sorted by field. A field that is missing is not also told that its form is wrong: a blank case
     * number is {@code required}, not {@code invalid-characters} as well.
     */
    public static List<Violation> violations(Collection<? extends ConstraintViolation<?>> violations) {
        List<Violation> all = violations.stream().map(ConstraintMessages::violation).toList();
        Set<String> missing = all.stream().filter(v -> v.code().equals("required")).map(Violation::field)
                .collect(Collectors.toSet());
        return all.stream().filter(v -> v.code().equals("required") || !missing.contains(v.field()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::code))
                .toList();
    }

    static Violation violation(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String code = code(constraint, violation.getInvalidValue());
        String template = violation.getMessageTemplate();
        String key = template.startsWith("{field.") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : "field." + code;
        List<Object> args = attributes.containsKey("max") ? List.of(attributes.get("max"))
                : attributes.containsKey("value") ? List.of(attributes.get("value")) : List.of();
        return new Violation(ProblemMappers.fieldName(violation), code, Message.of(key, args.toArray()));
    }

    private static String code(Annotation constraint, Object value) {
        if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty) {
            return "required";
        }
        if (constraint instanceof Size) {
            return value instanceof Collection<?> || value instanceof Map<?, ?> ? "too-many" : "too-long";
        }
        if (constraint instanceof Pattern pattern) {
            return pattern.message().startsWith("{field.identifier.") ? "invalid-characters" : "invalid-format";
        }
        if (constraint instanceof Email) {
            return "invalid-format";
        }
        if (constraint instanceof Min || constraint instanceof Max) {
            return "out-of-range";
        }
        if (constraint instanceof PastOrPresent) {
            return "date-in-future";
        }
        return "invalid";
    }
}
