package cn.govdisclosure.statistics;

import java.util.List;

/** The five columns of each group of table 四, in template order. */
public enum AppealColumn {
    UPHELD("结果维持"), CORRECTED("结果纠正"), OTHER("其他结果"), PENDING("尚未审结"), TOTAL("总计");

    public static final List<AppealColumn> ALL = List.of(values());

    private final String label;

    AppealColumn(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
