package cn.govdisclosure.statistics;

/** The two national report formats: 国办公开办函〔2019〕60号 and 国办公开办函〔2021〕30号. */
public enum ReportFormat {
    GB2019, GB2021;

    /** Report years up to 2020 use the 2019 format, later years the 2021 format. */
    public static ReportFormat forYear(int year) {
        return year <= 2020 ? GB2019 : GB2021;
    }
}
