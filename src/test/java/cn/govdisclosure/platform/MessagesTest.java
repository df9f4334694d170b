package cn.govdisclosure.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The message bundle is complete: English and Chinese have the same keys, every key the code names is in them, and
 * the languages are chosen from {@code Accept-Language} as documented.
 */
class MessagesTest {

    /** Keys the code builds from a prefix and a name, with every name it uses. */
    private static final List<String> BUILT_KEYS = Stream.of(
            Stream.of("too-large", "count", "signed-count", "yuan", "ten-thousand-yuan").map(n -> "field.cell." + n),
            Stream.of("too-large", "count").map(n -> "field.reported." + n),
            Stream.of("concluded", "deadline", "working-days", "approved-by", "counterpart", "fee-amount")
                    .flatMap(n -> Stream.of("field.event." + n + ".missing", "field.event." + n + ".misplaced")),
            Stream.of("required", "too-long", "too-many", "invalid-format", "invalid-characters", "out-of-range",
                    "date-in-future", "invalid").map(code -> "field." + code),
            Stream.of(400, 401, 403, 404, 405, 406, 409, 411, 412, 413, 414, 415, 428, 431)
                    .map(status -> "title.http." + status))
            .flatMap(keys -> keys).toList();

    private static final Pattern KEY = Pattern.compile("\"\\{?((?:title|detail|field|timeline|word|finding)\\.[a-z0-9.-]+"
            + "[a-z0-9])}?\"");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> english = new TreeSet<>(Messages.keys(Messages.ENGLISH));
        Set<String> chinese = new TreeSet<>(Messages.keys(Messages.CHINESE));
        assertEquals(english, chinese);
        assertTrue(english.size() > 200, "keys: " + english.size());
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundle() throws IOException {
        Set<String> used = new TreeSet<>(BUILT_KEYS);
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher key = KEY.matcher(Files.readString(source));
                while (key.find()) {
                    used.add(key.group(1));
                }
            }
        }
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(Messages.keys(Messages.ENGLISH));
        assertEquals(Set.of(), missing);
        assertTrue(used.size() > 180, "keys used: " + used.size());
    }

    @Test
    void placeholdersTakeTheValuesAsTheyAre() {
        Message message = Message.of("detail.too-large", 2097152, 1048576);
        assertEquals("The request body has 2097152 bytes; at most 1048576 are accepted", Messages.english(message));
        assertEquals("请求体有 2097152 字节，最多接受 1048576 字节", Messages.text(message, Messages.CHINESE));
        Message nested = Message.of("detail.invalid.one", "year", Message.of("field.report-year", 2008, 2026));
        assertEquals("year: must be a report year from 2008 to 2026", Messages.english(nested));
        assertEquals("year：须为 2008 至 2026 之间的报告年度", Messages.text(nested, Messages.CHINESE));
        assertEquals("must be one of AGENCY, SUBTREE",
                Messages.english(Message.of("field.one-of", List.of("AGENCY", "SUBTREE"))));
    }

    @Test
    void theLanguageIsTheFirstOneOfAcceptLanguageThatTheBundleHas() {
        Languages english = new Languages("en");
        assertEquals(Messages.CHINESE, english.choose(List.of(Locale.forLanguageTag("zh"))));
        assertEquals(Messages.CHINESE, english.choose(List.of(Locale.forLanguageTag("zh-CN"))));
        assertEquals(Messages.CHINESE, english.choose(List.of(Locale.forLanguageTag("zh-Hans"))));
        assertEquals(Messages.CHINESE, english.choose(List.of(Locale.forLanguageTag("fr"), Locale.forLanguageTag("zh"))));
        assertEquals(Messages.ENGLISH, english.choose(List.of(Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("zh"))));
        assertEquals(Messages.ENGLISH, english.choose(List.of(Locale.forLanguageTag("fr"))));
        assertEquals(Messages.ENGLISH, english.choose(List.of()));
        Languages chinese = new Languages("zh");
        assertEquals(Messages.CHINESE, chinese.choose(List.of()));
        assertEquals(Messages.CHINESE, chinese.choose(List.of(Locale.forLanguageTag("de"))));
        assertEquals(Messages.ENGLISH, chinese.choose(List.of(Locale.forLanguageTag("en"))));
    }
}
