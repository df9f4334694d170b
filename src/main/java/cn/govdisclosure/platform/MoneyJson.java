package cn.govdisclosure.platform;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;

/**
 * An amount of money in JSON: a decimal string ({@code "12.50"}), in and out, so that no client parses it as a
 * floating-point number. A JSON number is refused, like any text that is not a plain decimal.
 */
public final class MoneyJson {

    /** The form of an amount: digits, optionally a point and one or two decimals; no sign, no exponent. */
    public static final String PATTERN = "^(0|[1-9][0-9]*)(\\.[0-9]{1,2})?$";
    private static final Pattern FORM = Pattern.compile(PATTERN);

    private MoneyJson() {
    }

    /** Writes the amount as a decimal string, without exponent. */
    public static final class Writer extends JsonSerializer<BigDecimal> {

        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(value.toPlainString());
        }
    }

    /** Reads a decimal string; a number, or text of another form, is an input mismatch naming the field. */
    public static final class Reader extends JsonDeserializer<BigDecimal> {

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING && FORM.matcher(parser.getText()).matches()) {
                return new BigDecimal(parser.getText());
            }
            return (BigDecimal) context.reportInputMismatch(BigDecimal.class, "an amount is a decimal string");
        }
    }
}
