package cn.govdisclosure.transfer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Chinese wording of the ledger's validation messages (the API's own messages are English). */
final class ImportMessages {

    private static final Pattern AT_MOST = Pattern.compile("must be at most (\\d+) characters");
    private static final Pattern AFTER_EVENT = Pattern.compile("must not be after the (\\w+) event of (\\S+)");

    private ImportMessages() {
    }

    static String chinese(String english) {
        Matcher matcher = AT_MOST.matcher(english);
        if (matcher.matches()) {
            return "不得超过 " + matcher.group(1) + " 个字符";
        }
        matcher = AFTER_EVENT.matcher(english);
        if (matcher.matches()) {
            return "不得晚于时间线上已记录的事件（" + matcher.group(1) + "，" + matcher.group(2) + "）";
        }
        return switch (english) {
            case "is required" -> "必填";
            case "must not be in the future" -> "不得晚于今天";
            case "must not be before receivedDate" -> "不得早于收到日期";
            case "outcome and concludedDate are given together or not at all" -> "处理结果与答复日期须同时填写或同时不填";
            case "may contain only letters, digits and '-'" -> "只能包含字母、数字和“-”";
            case "may contain only digits, spaces and + ( ) -" -> "只能包含数字、空格和 + ( ) -";
            case "must be an e-mail address" -> "须为电子邮箱地址";
            case "appears more than once in the upload with different content" -> "申请编号在文件中重复出现，且内容不同";
            case "is already recorded with other content" ->
                "该申请编号已登记，内容不同；如需以文件内容更正，请以 onConflict=replace 上传";
            default -> english.startsWith("must be 1 to 64 characters")
                    ? "须为 1 至 64 个字符，不含空格和 / \\ ? # %"
                    : english;
        };
    }
}
