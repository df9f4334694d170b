package cn.govdisclosure.transfer;

import java.util.Arrays;
import java.util.Optional;

/** What an import does with a row whose tracking number is stored with other content. */
public enum ConflictPolicy {
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
}
