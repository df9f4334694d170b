package cn.govdisclosure.platform;

import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The message bundle: {@code messages.properties} (English) and {@code messages_zh.properties} (Chinese), one key
 * for every text of a problem answer. Placeholders {@code {0}} … take the message's values as they are (no number
 * formatting, no quoting rules).
 */
public final class Messages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.CHINESE;
    static final String BUNDLE = "messages";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The message in the language; a key missing from the bundle is shown as itself rather than failing. */
    public static String text(Message message, Locale locale) {
        String pattern;
        try {
            pattern = bundle(locale).getString(message.key());
        } catch (MissingResourceException e) {
            pattern = message.key();
        }
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            int index = Integer.parseInt(placeholder.group(1));
            String value = index < message.args().size() ? value(message.args().get(index), locale) : placeholder.group();
            placeholder.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(text);
        return text.toString();
    }

    /** The message in English, for logs and stored texts. */
    public static String english(Message message) {
        return text(message, ENGLISH);
    }

    /** The keys of the bundle of a language. */
    public static Set<String> keys(Locale locale) {
        return bundle(locale).keySet();
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, CHINESE.getLanguage().equals(locale.getLanguage()) ? CHINESE : Locale.ROOT,
                NO_FALLBACK);
    }

    private static String value(Object value, Locale locale) {
        if (value instanceof Message message) {
            return text(message, locale);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> value(v, locale)).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
