package cn.govdisclosure.transfer;

import java.util.Arrays;
import java.util.Optional;

import cn.govdisclosure.platform.Labelled;

/** What an import does with the rows it can take. */
public enum ImportMode implements Labelled {
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

    @Override
    public String zh() {
        return switch (this) {
            case VALIDATE -> "仅校验";
            case ALL_OR_NOTHING -> "全部导入或全不导入";
            case VALID_ROWS -> "只导入有效行";
        };
    }

    @Override
    public String en() {
        return switch (this) {
            case VALIDATE -> "Validate only";
            case ALL_OR_NOTHING -> "All or nothing";
            case VALID_ROWS -> "Valid rows only";
        };
    }
}
