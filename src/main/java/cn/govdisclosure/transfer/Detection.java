package cn.govdisclosure.transfer;

import cn.govdisclosure.platform.Labelled;

/** Where the year or the format of an imported report came from ({@code yearFrom}, {@code formatFrom}). */
public enum Detection implements Labelled {
    /** Given with the request ({@code ?year=}, {@code ?format=}). */
    PARAMETER,
    /** The report's title (…2020年政府信息公开工作年度报告). */
    TITLE,
    /** The statistical period stated in the text (统计期限自2023年1月1日…). */
    TEXT,
    /** The labels of the tables, which differ between the formats. */
    LABELS,
    /** The year: up to 2020 GB2019, from 2021 GB2021. */
    YEAR,
    /** Nothing said which. */
    NONE;

    @Override
    public String zh() {
        return switch (this) {
            case PARAMETER -> "请求参数";
            case TITLE -> "报告标题";
            case TEXT -> "正文所述统计期限";
            case LABELS -> "表格栏目名称";
            case YEAR -> "报告年度";
            case NONE -> "未能确定";
        };
    }

    @Override
    public String en() {
        return switch (this) {
            case PARAMETER -> "Request parameter";
            case TITLE -> "Report title";
            case TEXT -> "Statistical period stated in the text";
            case LABELS -> "Table labels";
            case YEAR -> "Report year";
            case NONE -> "Not determined";
        };
    }
}
