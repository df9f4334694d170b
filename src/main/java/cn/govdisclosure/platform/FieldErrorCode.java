package cn.govdisclosure.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * The stable codes of a {@link FieldError}, which front ends key their own texts on (README, "Error messages and
 * codes"), with their names; the contract lists the same codes on {@code FieldError.code}.
 */
public enum FieldErrorCode implements Labelled {
    REQUIRED("required"),
    TOO_LONG("too-long"),
    TOO_MANY("too-many"),
    INVALID_FORMAT("invalid-format"),
    INVALID_CHARACTERS("invalid-characters"),
    WRONG_TYPE("wrong-type"),
    UNKNOWN_FIELD("unknown-field"),
    UNKNOWN_PARAMETER("unknown-parameter"),
    UNKNOWN_VALUE("unknown-value"),
    OUT_OF_RANGE("out-of-range"),
    DATE_IN_FUTURE("date-in-future"),
    DATE_ORDER("date-order"),
    DUPLICATE("duplicate"),
    CONFLICT("conflict"),
    INVALID("invalid");

    private final String code;

    FieldErrorCode(String code) {
        this.code = code;
    }

    /** The code as a field error carries it: {@code too-long}. */
    public String code() {
        return code;
    }

    public static Optional<FieldErrorCode> of(String code) {
        return Arrays.stream(values()).filter(candidate -> candidate.code.equals(code)).findFirst();
    }

    @Override
    public String zh() {
        return switch (this) {
            case REQUIRED -> "必填";
            case TOO_LONG -> "超过最大长度";
            case TOO_MANY -> "项数超过上限";
            case INVALID_FORMAT -> "格式不正确";
            case INVALID_CHARACTERS -> "含有不允许的字符";
            case WRONG_TYPE -> "类型不正确";
            case UNKNOWN_FIELD -> "未知字段";
            case UNKNOWN_PARAMETER -> "未知参数";
            case UNKNOWN_VALUE -> "不是允许的值";
            case OUT_OF_RANGE -> "超出范围";
            case DATE_IN_FUTURE -> "日期晚于今天";
            case DATE_ORDER -> "日期先后顺序不符";
            case DUPLICATE -> "重复";
            case CONFLICT -> "与已存记录冲突";
            case INVALID -> "不符合规则";
        };
    }

    @Override
    public String en() {
        return switch (this) {
            case REQUIRED -> "Required";
            case TOO_LONG -> "Too long";
            case TOO_MANY -> "Too many items";
            case INVALID_FORMAT -> "Invalid format";
            case INVALID_CHARACTERS -> "Characters not allowed";
            case WRONG_TYPE -> "Wrong type";
            case UNKNOWN_FIELD -> "Unknown field";
            case UNKNOWN_PARAMETER -> "Unknown parameter";
            case UNKNOWN_VALUE -> "Not an allowed value";
            case OUT_OF_RANGE -> "Out of range";
            case DATE_IN_FUTURE -> "Date in the future";
            case DATE_ORDER -> "Dates out of order";
            case DUPLICATE -> "Duplicate";
            case CONFLICT -> "Conflicts with a stored record";
            case INVALID -> "Breaks a rule";
        };
    }
}
