package cn.govdisclosure.format;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The data rows of table 三 with their canonical codes, official labels and the groups the template prints them
 * in. GB2019 has one row （六）其他处理 (code {@code OTHER}) into which the three OTHER_* outcomes fold; GB2021
 * shows them apart under the group （六）其他处理.
 */
public enum ApplicationRow {
    NEW_RECEIVED(null, "一、", "本年新收政府信息公开申请数量", "本年新收申请数量", "本年新收政府信息公开申请"),
    CARRIED_OVER(null, "二、", "上年结转政府信息公开申请数量", "上年结转申请数量", "上年结转政府信息公开申请"),
    GRANTED(Group.RESULTS, "（一）", "予以公开"),
    PARTIALLY_GRANTED(Group.RESULTS, "（二）", "部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开"),
    DENIED_STATE_SECRET(Group.DENIED, "1.", "属于国家秘密"),
    DENIED_LAW_PROHIBITED(Group.DENIED, "2.", "其他法律行政法规禁止公开"),
    DENIED_SECURITY_STABILITY(Group.DENIED, "3.", "危及“三安全一稳定”"),
    DENIED_THIRD_PARTY_RIGHTS(Group.DENIED, "4.", "保护第三方合法权益"),
    DENIED_INTERNAL_AFFAIRS(Group.DENIED, "5.", "属于三类内部事务信息"),
    DENIED_PROCESS_INFORMATION(Group.DENIED, "6.", "属于四类过程性信息"),
    DENIED_ENFORCEMENT_FILE(Group.DENIED, "7.", "属于行政执法案卷"),
    DENIED_ADMIN_QUERY(Group.DENIED, "8.", "属于行政查询事项"),
    UNAVAILABLE_NOT_HELD(Group.UNAVAILABLE, "1.", "本机关不掌握相关政府信息"),
    UNAVAILABLE_NEEDS_CREATION(Group.UNAVAILABLE, "2.", "没有现成信息需要另行制作"),
    UNAVAILABLE_STILL_UNCLEAR(Group.UNAVAILABLE, "3.", "补正后申请内容仍不明确"),
    NOT_PROCESSED_COMPLAINT(Group.NOT_PROCESSED, "1.", "信访举报投诉类申请"),
    NOT_PROCESSED_DUPLICATE(Group.NOT_PROCESSED, "2.", "重复申请"),
    NOT_PROCESSED_PUBLICATION(Group.NOT_PROCESSED, "3.", "要求提供公开出版物"),
    NOT_PROCESSED_EXCESSIVE(Group.NOT_PROCESSED, "4.", "无正当理由大量反复申请"),
    NOT_PROCESSED_CONFIRMATION(Group.NOT_PROCESSED, "5.", "要求行政机关确认或重新出具已获取信息"),
    OTHER_NO_CORRECTION(Group.OTHER_HANDLING, "1.", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "申请人无正当理由逾期不补正"),
    OTHER_FEE_UNPAID(Group.OTHER_HANDLING, "2.", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "申请人逾期未按收费通知要求缴纳费用"),
    OTHER(Group.OTHER_HANDLING, "3.", "其他"),
    TOTAL_CONCLUDED(Group.RESULTS, "（七）", "总计", "合计"),
    CARRIED_FORWARD(null, "四、", "结转下年度继续办理", "结转下年度继续办理申请数量", "结转下年度");

    /** The note the template prints in the corner of table 三 (both formats). */
    public static final String IDENTITY_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /** The groups of outcome rows, as the template's second and third label columns print them. */
    public enum Group {
        RESULTS("三、", "本年度办理结果"),
        DENIED("（三）", "不予公开"),
        UNAVAILABLE("（四）", "无法提供"),
        NOT_PROCESSED("（五）", "不予处理"),
        OTHER_HANDLING("（六）", "其他处理");

        private final String number;
        private final String text;

        Group(String number, String text) {
            this.number = number;
            this.text = text;
        }

        /** The group's name without numbering: 不予公开. */
        public String text() {
            return text;
        }

        /** The group's name as printed: （三）不予公开. */
        public String label() {
            return number + text;
        }

        /** The group's name in English, for code lists: Not disclosed, Cannot be provided … */
        public String en() {
            return switch (this) {
                case RESULTS -> "Results of the year";
                case DENIED -> "Not disclosed";
                case UNAVAILABLE -> "Cannot be provided";
                case NOT_PROCESSED -> "Not processed";
                case OTHER_HANDLING -> "Other handling";
            };
        }
    }

    /** The three label levels of a row; {@code second} and {@code third} may be null. */
    public record Levels(String first, String second, String third) {

        /** The row's full label, levels joined by a space: unambiguous on its own, as in a CSV line. */
        public String path() {
            StringBuilder path = new StringBuilder(first);
            if (second != null) {
                path.append(' ').append(second);
            }
            if (third != null) {
                path.append(' ').append(third);
            }
            return path.toString();
        }
    }

    /** GB2019's single row for what GB2021 shows as the three rows of （六）其他处理. */
    private static final String GB2019_OTHER_NUMBER = "（六）";

    private final Group group;
    private final String number;
    private final String text;
    private final List<String> variants;

    ApplicationRow(Group group, String number, String text, String... variants) {
        this.group = group;
        this.number = number;
        this.text = text;
        this.variants = List.of(variants);
    }

    /** The row's text without numbering and group: 属于国家秘密 (GB2021 wording; GB2019's OTHER is 其他处理). */
    public String text() {
        return text;
    }

    /** The row's text in English (GB2021 rows), for code lists; the templates print only Chinese. */
    public String en() {
        return switch (this) {
            case NEW_RECEIVED -> "New applications received this year";
            case CARRIED_OVER -> "Applications carried over from the previous year";
            case GRANTED -> "Disclosed";
            case PARTIALLY_GRANTED -> "Partially disclosed (an application handled in parts counts here only)";
            case DENIED_STATE_SECRET -> "State secret";
            case DENIED_LAW_PROHIBITED -> "Disclosure prohibited by other laws or administrative regulations";
            case DENIED_SECURITY_STABILITY ->
                    "Would endanger national security, public security, economic security or social stability";
            case DENIED_THIRD_PARTY_RIGHTS -> "Protection of a third party's lawful rights and interests";
            case DENIED_INTERNAL_AFFAIRS -> "Internal affairs information (the three kinds)";
            case DENIED_PROCESS_INFORMATION -> "Process information (the four kinds)";
            case DENIED_ENFORCEMENT_FILE -> "Administrative law-enforcement case file";
            case DENIED_ADMIN_QUERY -> "Administrative query matter";
            case UNAVAILABLE_NOT_HELD -> "The information is not held by this agency";
            case UNAVAILABLE_NEEDS_CREATION -> "No existing information: it would have to be newly created";
            case UNAVAILABLE_STILL_UNCLEAR -> "The request is still unclear after correction";
            case NOT_PROCESSED_COMPLAINT -> "Petition, report or complaint";
            case NOT_PROCESSED_DUPLICATE -> "Repeated application";
            case NOT_PROCESSED_PUBLICATION -> "Request for a public publication";
            case NOT_PROCESSED_EXCESSIVE -> "Large numbers of repeated applications without good reason";
            case NOT_PROCESSED_CONFIRMATION -> "Request to confirm or reissue information already obtained";
            case OTHER_NO_CORRECTION ->
                    "Not corrected in time without good reason: the application is no longer processed";
            case OTHER_FEE_UNPAID -> "Fee not paid as notified in time: the application is no longer processed";
            case OTHER -> "Other";
            case TOTAL_CONCLUDED -> "Total";
            case CARRIED_FORWARD -> "Carried forward to the next year";
        };
    }

    /** Other wordings of the row that published reports print. */
    public List<String> variants() {
        return variants;
    }

    /** The group the row is printed in, in the given format; null for the rows outside 本年度办理结果. */
    public Group group(ReportFormat format) {
        return isFoldedOther(format) ? Group.RESULTS : group;
    }

    /**
     * The official label of this row in the given format, as the statistics show it: the row's own numbering and
     * text, preceded by its group's name on the group's first row (三、本年度办理结果 （一）予以公开).
     */
    public String label(ReportFormat format) {
        String own = ownLabel(format);
        Group printedIn = group(format);
        if (printedIn != null && firstOf(printedIn, format) == this) {
            return printedIn.label() + " " + own;
        }
        return own;
    }

    /** Where the row sits among the template's three label columns. */
    public Levels levels(ReportFormat format) {
        Group printedIn = group(format);
        if (printedIn == null) {
            return new Levels(ownLabel(format), null, null);
        }
        if (printedIn == Group.RESULTS) {
            return new Levels(Group.RESULTS.label(), ownLabel(format), null);
        }
        return new Levels(Group.RESULTS.label(), printedIn.label(), ownLabel(format));
    }

    /** The rows of the format's table, in template order: 25 for GB2021, 23 for GB2019. */
    public static List<ApplicationRow> rowsOf(ReportFormat format) {
        return Arrays.stream(values()).filter(row -> row.belongsTo(format)).toList();
    }

    /** Whether the format's table has this row (GB2019 has no OTHER_NO_CORRECTION and OTHER_FEE_UNPAID). */
    public boolean belongsTo(ReportFormat format) {
        return format == ReportFormat.GB2021 || (this != OTHER_NO_CORRECTION && this != OTHER_FEE_UNPAID);
    }

    /** Whether this row counts applications by the outcome of their conclusion. */
    public boolean isOutcome() {
        return ordinal() >= GRANTED.ordinal() && ordinal() <= OTHER.ordinal();
    }

    /** The row under which an outcome is counted in the given format: GB2019 folds the three OTHER_* into OTHER. */
    public static ApplicationRow of(Outcome outcome, ReportFormat format) {
        ApplicationRow row = outcome.row();
        return row.belongsTo(format) ? row : OTHER;
    }

    /** The GB2021 rows that GB2019 prints as its one row （六）其他处理. */
    public static List<ApplicationRow> foldedIntoGb2019Other() {
        return List.of(OTHER_NO_CORRECTION, OTHER_FEE_UNPAID, OTHER);
    }

    /**
     * The row of the format whose label the printed text is, with or without numbering, with or without the names
     * of its groups in front, ignoring spacing and full-width forms.
     */
    public static Optional<ApplicationRow> byLabel(String printed, ReportFormat format) {
        String core = PrintedLabels.core(printed, Group.RESULTS.text, Group.DENIED.text, Group.UNAVAILABLE.text,
                Group.NOT_PROCESSED.text, format == ReportFormat.GB2021 ? Group.OTHER_HANDLING.text : "\u0000");
        return rowsOf(format).stream().filter(row -> row.cores(format).contains(core)).findFirst();
    }

    /**
     * The ways a published report prints the row's own label in the given format, the fullest first: with its
     * numbering ({@code 1.属于国家秘密}), then its text and its variants without numbering.
     */
    public List<String> printedForms(ReportFormat format) {
        List<String> forms = new java.util.ArrayList<>();
        forms.add(ownLabel(format));
        if (isFoldedOther(format)) {
            forms.add(Group.OTHER_HANDLING.text);
        } else {
            forms.add(text);
            forms.addAll(variants);
        }
        return List.copyOf(forms);
    }

    /** The number the row's own label starts with ({@code 1.} → 1), or empty for （一）…（七） and 一、…四、. */
    public Optional<Integer> itemNumber(ReportFormat format) {
        String own = ownLabel(format);
        int end = 0;
        while (end < own.length() && Character.isDigit(own.charAt(end))) {
            end++;
        }
        return end == 0 ? Optional.empty() : Optional.of(Integer.parseInt(own.substring(0, end)));
    }

    private List<String> cores(ReportFormat format) {
        if (isFoldedOther(format)) {
            return List.of(PrintedLabels.key(Group.OTHER_HANDLING.text));
        }
        return Stream.concat(Stream.of(text), variants.stream())
                .map(label -> PrintedLabels.withoutNumbering(PrintedLabels.key(label))).toList();
    }

    /** The row's own cell as the template prints it, numbering and text: （一）予以公开, 1.属于国家秘密, （七）总计. */
    public String ownLabel(ReportFormat format) {
        return isFoldedOther(format) ? GB2019_OTHER_NUMBER + Group.OTHER_HANDLING.text : number + text;
    }

    /**
     * The row as a message names it, unambiguous without the table around it: 一、本年新收政府信息公开申请数量,
     * （一）予以公开, （三）不予公开 2.其他法律行政法规禁止公开, （七）总计.
     */
    public String caption(ReportFormat format) {
        Group printedIn = group(format);
        if (printedIn == null || printedIn == Group.RESULTS) {
            return ownLabel(format);
        }
        return printedIn.label() + " " + ownLabel(format);
    }

    private boolean isFoldedOther(ReportFormat format) {
        return this == OTHER && format == ReportFormat.GB2019;
    }

    private static ApplicationRow firstOf(Group group, ReportFormat format) {
        return rowsOf(format).stream().filter(row -> row.group(format) == group).findFirst().orElseThrow();
    }
}
