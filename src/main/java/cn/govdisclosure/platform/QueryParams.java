package cn.govdisclosure.platform;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Parses query parameters so that a bad value is a 400 naming the parameter (and, for codes, the
 * allowed values) instead of the 404 that a failed JAX-RS conversion would give.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E code(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip())) {
                return constant;
            }
        }
        throw new InvalidInput(name, "unknown-value", "field.one-of",
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    public static Integer year(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(value.strip());
            if (year >= 1900 && year <= 9999) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInput(name, "out-of-range", "field.year");
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInput(name, "wrong-type", "field.boolean");
        };
    }

    public static java.time.LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput(name, "invalid-format", "field.date-format");
        }
    }
}
