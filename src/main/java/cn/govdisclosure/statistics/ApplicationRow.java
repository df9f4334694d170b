package cn.govdisclosure.statistics;

import java.util.Arrays;
import java.util.List;

import cn.govdisclosure.ledger.Outcome;

/**
 * The data rows of table 三 with their canonical codes and official labels. GB2019 has one row
 * （六）其他处理 (code {@code OTHER}) into which the three OTHER_* outcomes fold; GB2021 shows them apart.
 */
public enum ApplicationRow {
    NEW_RECEIVED("一、本年新收政府信息公开申请数量"),
    CARRIED_OVER("二、上年结转政府信息公开申请数量"),
    GRANTED("三、本年度办理结果 （一）予以公开"),
    PARTIALLY_GRANTED("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    DENIED_STATE_SECRET("（三）不予公开 1.属于国家秘密"),
    DENIED_LAW_PROHIBITED("2.其他法律行政法规禁止公开"),
    DENIED_SECURITY_STABILITY("3.危及“三安全一稳定”"),
    DENIED_THIRD_PARTY_RIGHTS("4.保护第三方合法权益"),
    DENIED_INTERNAL_AFFAIRS("5.属于三类内部事务信息"),
    DENIED_PROCESS_INFORMATION("6.属于四类过程性信息"),
    DENIED_ENFORCEMENT_FILE("7.属于行政执法案卷"),
    DENIED_ADMIN_QUERY("8.属于行政查询事项"),
    UNAVAILABLE_NOT_HELD("（四）无法提供 1.本机关不掌握相关政府信息"),
    UNAVAILABLE_NEEDS_CREATION("2.没有现成信息需要另行制作"),
    UNAVAILABLE_STILL_UNCLEAR("3.补正后申请内容仍不明确"),
    NOT_PROCESSED_COMPLAINT("（五）不予处理 1.信访举报投诉类申请"),
    NOT_PROCESSED_DUPLICATE("2.重复申请"),
    NOT_PROCESSED_PUBLICATION("3.要求提供公开出版物"),
    NOT_PROCESSED_EXCESSIVE("4.无正当理由大量反复申请"),
    NOT_PROCESSED_CONFIRMATION("5.要求行政机关确认或重新出具已获取信息"),
    OTHER_NO_CORRECTION("（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    OTHER_FEE_UNPAID("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    OTHER("3.其他"),
    TOTAL_CONCLUDED("（七）总计"),
    CARRIED_FORWARD("四、结转下年度继续办理");

    private static final String GB2019_OTHER_LABEL = "（六）其他处理";

    private final String label;

    ApplicationRow(String label) {
        this.label = label;
    }

    /** The official label of this row in the given format. */
    public String label(ReportFormat format) {
        return this == OTHER && format == ReportFormat.GB2019 ? GB2019_OTHER_LABEL : label;
    }

    /** The rows of the format's table, in template order: 25 for GB2021, 23 for GB2019. */
    public static List<ApplicationRow> rowsOf(ReportFormat format) {
        return Arrays.stream(values())
                .filter(row -> format == ReportFormat.GB2021 || (row != OTHER_NO_CORRECTION && row != OTHER_FEE_UNPAID))
                .toList();
    }

    /** Whether this row counts applications by the outcome of their conclusion. */
    public boolean isOutcome() {
        return ordinal() >= GRANTED.ordinal() && ordinal() <= OTHER.ordinal();
    }

    /** The row under which an outcome is counted in the given format. */
    public static ApplicationRow of(Outcome outcome, ReportFormat format) {
        if (format == ReportFormat.GB2019
                && (outcome == Outcome.OTHER_NO_CORRECTION || outcome == Outcome.OTHER_FEE_UNPAID)) {
            return OTHER;
        }
        return valueOf(outcome.name());
    }
}
