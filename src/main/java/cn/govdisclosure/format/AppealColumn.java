package cn.govdisclosure.format;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The five columns of each group of table 四, in template order: the four results, then the total. */
public enum AppealColumn {
    UPHELD("结果维持", "维持"),
    CORRECTED("结果纠正", "纠正"),
    OTHER("其他结果"),
    PENDING("尚未审结", "未审结"),
    TOTAL("总计", "合计");

    public static final List<AppealColumn> ALL = List.of(values());

    private final String label;
    private final String shortLabel;

    AppealColumn(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    AppealColumn(String label) {
        this(label, null);
    }

    public String label() {
        return label;
    }

    /** The column's heading in English, for code lists. */
    public String en() {
        return switch (this) {
            case UPHELD -> "Upheld";
            case CORRECTED -> "Corrected";
            case OTHER -> "Other result";
            case PENDING -> "Pending";
            case TOTAL -> "Total";
        };
    }

    /** The shorter heading some reports print (维持, 纠正, 未审结, 合计), if the column has one. */
    public Optional<String> shortLabel() {
        return Optional.ofNullable(shortLabel);
    }

    /** The column whose heading the printed text is, ignoring spacing and full-width forms. */
    public static Optional<AppealColumn> byLabel(String printed) {
        String key = PrintedLabels.key(printed);
        return Arrays.stream(values())
                .filter(column -> column.label.equals(key) || key.equals(column.shortLabel))
                .findFirst();
    }
}
