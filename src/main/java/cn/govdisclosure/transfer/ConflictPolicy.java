package cn.govdisclosure.transfer;

import java.util.Arrays;
import java.util.Optional;

import cn.govdisclosure.platform.Labelled;

/** What an import does with a row whose tracking number is stored with other content. */
public enum ConflictPolicy implements Labelled {
    /** Report it as an error and leave the stored entry alone (the default). */
    REPORT("report"),
    /** Replace the stored entry's content: a correction, recorded in the audit trail. */
    REPLACE("replace");

    private final String parameter;

    ConflictPolicy(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    static Optional<ConflictPolicy> byParameter(String value) {
        return Arrays.stream(values()).filter(policy -> policy.parameter.equals(value)).findFirst();
    }

    @Override
    public String zh() {
        return switch (this) {
            case REPORT -> "报告为错误";
            case REPLACE -> "替换已存记录";
        };
    }

    @Override
    public String en() {
        return switch (this) {
            case REPORT -> "Report as an error";
            case REPLACE -> "Replace the stored entry";
        };
    }
}
