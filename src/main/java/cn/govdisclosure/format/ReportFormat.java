package cn.govdisclosure.format;

/** The two national report formats: 国办公开办函〔2019〕60号 and 国办公开办函〔2021〕30号. */
public enum ReportFormat {
    GB2019("国办公开办函〔2019〕60号", "2020 and before"),
    GB2021("国办公开办函〔2021〕30号", "2021 and after");

    /** The last report year of the 2019 format. */
    private static final int LAST_GB2019_YEAR = 2020;

    private final String source;
    private final String years;

    ReportFormat(String source, String years) {
        this.source = source;
        this.years = years;
    }

    /** The notice of the State Council General Office that published the format. */
    public String source() {
        return source;
    }

    /** The report years that use this format, in words. */
    public String years() {
        return years;
    }

    /** The format in English, for code lists: GB2019 format (report years 2020 and before). */
    public String en() {
        return name() + " format (report years " + years + ")";
    }

    /** Report years up to 2020 use the 2019 format, later years the 2021 format. */
    public static ReportFormat forYear(int year) {
        return year <= LAST_GB2019_YEAR ? GB2019 : GB2021;
    }
}
