package cn.govdisclosure.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The language of a problem answer: the first language of {@code Accept-Language} that the bundle has (Chinese for
 * {@code zh}, {@code zh-CN}, {@code zh-Hans} …; English for {@code en…}), else the configured default
 * ({@code disclosure.default-language}).
 */
@ApplicationScoped
public class Languages {

    private final Locale fallback;

    Languages(@ConfigProperty(name = "disclosure.default-language", defaultValue = "en") String defaultLanguage) {
        this.fallback = "zh".equalsIgnoreCase(defaultLanguage.strip()) ? Messages.CHINESE : Messages.ENGLISH;
    }

    /** The language to answer in, from an {@code Accept-Language} header (null or malformed: the default). */
    public Locale choose(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return fallback;
        }
        try {
            return choose(Locale.LanguageRange.parse(acceptLanguage).stream()
                    .sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
                    .map(range -> Locale.forLanguageTag(range.getRange())).toList());
        } catch (IllegalArgumentException malformed) {
            return fallback;
        }
    }

    /** The language to answer in, from the request's acceptable languages in order of preference. */
    public Locale choose(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("zh".equalsIgnoreCase(locale.getLanguage())) {
                return Messages.CHINESE;
            }
            if ("en".equalsIgnoreCase(locale.getLanguage())) {
                return Messages.ENGLISH;
            }
        }
        return fallback;
    }
}
