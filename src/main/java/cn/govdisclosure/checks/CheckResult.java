package cn.govdisclosure.checks;

import java.util.List;

/** All findings of one run of the rules over a report. */
public record CheckResult(List<Finding> findings) {

    public long errors() {
        return findings.stream().filter(finding -> finding.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return findings.stream().filter(finding -> finding.severity() == Severity.WARNING).count();
    }

    public List<Finding> errorFindings() {
        return findings.stream().filter(finding -> finding.severity() == Severity.ERROR).toList();
    }

    /** How many findings were acknowledged when the report was recorded as published. */
    public long acknowledged() {
        return findings.stream().filter(finding -> finding.acknowledgement() != null).count();
    }
}
