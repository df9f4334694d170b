package cn.govdisclosure.ledger;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.govdisclosure.format.PrintedLabels;

/**
 * The columns of a ledger spreadsheet (依申请公开台账), in the order the export writes them: the canonical header,
 * the headers offices use for the same column, and the field of {@link ApplicationInput} it fills (the JSON
 * name, which is also accepted as a header). Export and import share this layout, so an export reads back.
 */
public enum LedgerColumn {
    AGENCY_CODE("机关代码", "agencyCode", false, "单位代码", "机关编码", "单位编码"),
    TRACKING_NUMBER("申请编号", "trackingNumber", false, "受理编号", "登记号", "登记编号", "申请登记号", "受理号", "申请单号"),
    RECEIVED_DATE("收到日期", "receivedDate", false, "受理日期", "申请日期", "登记日期", "收到申请日期", "接收日期", "申请时间"),
    CHANNEL("申请方式", "channel", false, "申请渠道", "提交方式", "申请途径"),
    APPLICANT_TYPE("申请人类型", "applicantType", false, "申请主体", "申请人性质", "申请主体类型"),
    APPLICANT_NAME("申请人", "applicant.name", true, "申请人姓名", "申请人名称", "姓名/名称"),
    ID_NUMBER("证件号码", "applicant.idNumber", true, "身份证号码", "身份证号", "证件号", "统一社会信用代码"),
    PHONE("联系电话", "applicant.phone", true, "电话", "手机号码", "联系方式"),
    EMAIL("电子邮箱", "applicant.email", true, "邮箱", "电子信箱"),
    ADDRESS("通讯地址", "applicant.address", true, "联系地址", "地址", "邮寄地址"),
    SUBJECT("申请内容", "subject", false, "申请事项", "申请公开内容", "所需信息内容描述", "所需信息描述"),
    CONCLUDED_DATE("答复日期", "concludedDate", false, "办结日期", "答复时间", "办结时间"),
    OUTCOME("处理结果", "outcome", false, "答复结果", "办理结果", "答复类型", "处理情况");

    private final String header;
    private final String field;
    private final boolean personal;
    private final List<String> variants;

    LedgerColumn(String header, String field, boolean personal, String... variants) {
        this.header = header;
        this.field = field;
        this.personal = personal;
        this.variants = List.of(variants);
    }

    /** The header the export and the import template write. */
    public String header() {
        return header;
    }

    /** The field of an application (JSON path) the column fills, as validation errors name it. */
    public String field() {
        return field;
    }

    /** Whether the column holds the applicant's personal data. */
    public boolean personal() {
        return personal;
    }

    public List<String> variants() {
        return variants;
    }

    /** The column whose header (canonical, variant, field name or code) the printed header is. */
    public static Optional<LedgerColumn> byHeader(String printed) {
        if (printed == null || printed.isBlank()) {
            return Optional.empty();
        }
        String key = PrintedLabels.key(printed).replace("*", "").replace("（必填）", "").replace("(必填)", "");
        String lower = key.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(column -> PrintedLabels.key(column.header).equals(key)
                || column.field.toLowerCase(Locale.ROOT).equals(lower)
                || column.name().toLowerCase(Locale.ROOT).equals(lower)
                || column.variants.stream().anyMatch(variant -> PrintedLabels.key(variant).equals(key))).findFirst();
    }

    /** The column a validation error's field belongs to. */
    public static Optional<LedgerColumn> byField(String field) {
        return Arrays.stream(values()).filter(column -> column.field.equals(field)).findFirst();
    }
}
