package cn.govdisclosure.platform;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Converts the typed query parameters of every resource (whole numbers with their {@link Min}/{@link Max} range,
 * booleans, dates, instants and codes), so that the contract declares their real types and a bad value is still a
 * 400 that names the parameter and says what it takes, never the 404 a failed conversion gives by default. A blank
 * value counts as absent. Codes are matched ignoring case ({@code subtree} is {@code SUBTREE}).
 */
@Provider
public class QueryParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParameterName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Integer.class) {
            long min = find(annotations, Min.class).map(Min::value).orElse((long) Integer.MIN_VALUE);
            long max = find(annotations, Max.class).map(Max::value).orElse((long) Integer.MAX_VALUE);
            return (ParamConverter<T>) converter(value -> wholeNumber(name, value, min, max));
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) converter(value -> switch (value) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new InvalidInput(name, "wrong-type", "field.boolean");
            });
        }
        if (rawType == java.time.LocalDate.class) {
            return (ParamConverter<T>) converter(value -> Dates.parse(value).orElseThrow(
                    () -> new InvalidInput(name, "invalid-format", "field.date-only")));
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) converter(value -> instant(name, value));
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) converter(value -> code(rawType, name, value));
        }
        return null;
    }

    private static String queryParameterName(Annotation[] annotations) {
        return find(annotations, QueryParam.class).map(QueryParam::value).orElse(null);
    }

    private static <A extends Annotation> java.util.Optional<A> find(Annotation[] annotations, Class<A> type) {
        return Arrays.stream(annotations == null ? new Annotation[0] : annotations).filter(type::isInstance)
                .map(type::cast).findFirst();
    }

    private static <T> ParamConverter<T> converter(Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                return value == null || value.isBlank() ? null : parse.apply(value.strip());
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value instanceof Enum<?> constant ? constant.name() : value.toString();
            }
        };
    }

    private static Integer wholeNumber(String name, String value, long min, long max) {
        try {
            long number = Long.parseLong(value);
            if (number >= min && number <= max) {
                return (int) number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        if (min == Integer.MIN_VALUE && max == Integer.MAX_VALUE) {
            throw new InvalidInput(name, "wrong-type", "field.whole-number");
        }
        throw new InvalidInput(name, "out-of-range", "field.whole-number-range", String.valueOf(min), String.valueOf(max));
    }

    private static Object code(Class<?> type, String name, String value) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new InvalidInput(name, "unknown-value", "field.one-of", Arrays.stream(type.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining(", ")));
    }

    private static OffsetDateTime instant(String name, String value) {
        try {
            // a "+" of an offset sent unencoded in the query arrives as a space
            return OffsetDateTime.parse(value.replace(' ', '+'));
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "invalid-format", "field.instant");
        }
    }
}
