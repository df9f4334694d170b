package cn.govdisclosure.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.govdisclosure.format.ReportFormat;

/** Helpers for the import tests: documents read from disk, and the cells of a parsed report as compact strings. */
final class ParsedTables {

    /** The shared reference documents, relative to the project directory. */
    static final Path REFERENCE = Path.of("../shared/reference/luojiang-2020-annual-report.txt");
    static final Path PINGTAN_2023 = Path.of("../shared/reference/real-reports/pingtan-2023.txt");
    static final Path PINGTAN_2025 = Path.of("../shared/reference/real-reports/pingtan-2025.txt");

    private ParsedTables() {
    }

    static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String name) {
        try (var in = ParsedTables.class.getResourceAsStream("/import/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource import/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedReport text(Path path) {
        return new PublishedReportParser().parse(new PlainTextReader().read(bytes(path), null), null, null);
    }

    static ParsedReport text(String text) {
        return text(text, null, null);
    }

    static ParsedReport text(String text, Integer year, ReportFormat format) {
        return new PublishedReportParser().parse(
                new PlainTextReader().read(text.getBytes(StandardCharsets.UTF_8), null), year, format);
    }

    /**
     * The cells row by row, each row as its values joined by spaces: a number as printed in plain form, {@code _}
     * for BLANK, {@code ?} for AMBIGUOUS, {@code !} for UNREADABLE.
     */
    static Map<String, String> rows(List<ParsedCell> cells) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (ParsedCell cell : cells) {
            rows.computeIfAbsent(cell.row(), row -> new ArrayList<>()).add(switch (cell.status()) {
                case READ -> cell.value().toPlainString();
                case BLANK -> "_";
                case AMBIGUOUS -> "?";
                case UNREADABLE -> "!";
            });
        }
        Map<String, String> joined = new LinkedHashMap<>();
        rows.forEach((row, values) -> joined.put(row, String.join(" ", values)));
        return joined;
    }

    /** The parse findings as "CODE section row". */
    static List<String> findings(ParsedReport report) {
        return report.findings().stream().map(f -> f.code() + " " + f.section() + " " + f.row()).toList();
    }

    /** Table 三 of a GB2021 report with every row given, in template order. */
    static Map<String, String> gb2021(String... rowsInOrder) {
        return table(ApplicationRowsHolder.GB2021, rowsInOrder);
    }

    /** Table 三 of a GB2019 report with every row given, in template order. */
    static Map<String, String> gb2019(String... rowsInOrder) {
        return table(ApplicationRowsHolder.GB2019, rowsInOrder);
    }

    private static Map<String, String> table(List<String> codes, String... rows) {
        if (rows.length != codes.size()) {
            throw new IllegalArgumentException(codes.size() + " rows expected, " + rows.length + " given");
        }
        Map<String, String> table = new LinkedHashMap<>();
        for (int i = 0; i < rows.length; i++) {
            table.put(codes.get(i), rows[i]);
        }
        return table;
    }

    private static final class ApplicationRowsHolder {
        static final List<String> GB2021 = cn.govdisclosure.format.ApplicationRow.rowsOf(ReportFormat.GB2021).stream()
                .map(Enum::name).toList();
        static final List<String> GB2019 = cn.govdisclosure.format.ApplicationRow.rowsOf(ReportFormat.GB2019).stream()
                .map(Enum::name).toList();
    }
}
