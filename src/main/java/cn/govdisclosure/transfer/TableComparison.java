package cn.govdisclosure.transfer;

import cn.govdisclosure.platform.Labelled;

/** What a report's table can be compared with ({@code GET /reports/{id}/tables/{table}?compare=}). */
public enum TableComparison implements Labelled {
    PREVIOUS_YEAR(ReportTablesResource.PREVIOUS_YEAR);

    private final String code;

    TableComparison(String code) {
        this.code = code;
    }

    /** The value of {@code ?compare=}: {@code previous-year}. */
    public String code() {
        return code;
    }

    @Override
    public String zh() {
        return switch (this) {
            case PREVIOUS_YEAR -> "与上一年度比较";
        };
    }

    @Override
    public String en() {
        return switch (this) {
            case PREVIOUS_YEAR -> "Compared with the previous year";
        };
    }
}
