package cn.govdisclosure.transfer;

import java.util.Arrays;
import java.util.Optional;

/** What an import does with the rows it can take. */
public enum ImportMode {
    /** Check every row; store nothing. */
    VALIDATE("validate"),
    /** Store every row, or, when any row is rejected, nothing (the default). */
    ALL_OR_NOTHING("all-or-nothing"),
    /** Store the rows that can be taken; report the others. */
    VALID_ROWS("valid-rows");

    private final String parameter;

    ImportMode(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    static Optional<ImportMode> byParameter(String value) {
        return Arrays.stream(values()).filter(mode -> mode.parameter.equals(value)).findFirst();
    }
}
