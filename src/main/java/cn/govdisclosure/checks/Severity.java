package cn.govdisclosure.checks;

/** How serious a finding is: an error blocks submission, a warning is for the editor to judge. */
public enum Severity {
    ERROR, WARNING
}
