package cn.govdisclosure.checks;

import cn.govdisclosure.platform.Labelled;

/** How serious a finding is: an error blocks submission, a warning is for the editor to judge. */
public enum Severity implements Labelled {
    ERROR, WARNING;

    @Override
    public String zh() {
        return switch (this) {
            case ERROR -> "错误";
            case WARNING -> "警告";
        };
    }

    @Override
    public String en() {
        return switch (this) {
            case ERROR -> "Error";
            case WARNING -> "Warning";
        };
    }
}
