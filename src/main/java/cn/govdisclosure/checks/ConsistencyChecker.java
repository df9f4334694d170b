package cn.govdisclosure.checks;

import java.util.ArrayList;
import java.util.List;

/** Runs every rule of domain §6, plus REPORTED, over a report, in a fixed order. */
public final class ConsistencyChecker {

    /** The rules in the order their findings are listed. */
    public static final List<ConsistencyRule> RULES = List.of(new TypeRule(), new T3IdentityRule(),
            new T3TotalRule(), new T3RowSumRule(), new T4SumRule(), new CarryRule(), new InForceRule(),
            new TextRule(), new RollupRule(), new ReportedValueRule());

    private ConsistencyChecker() {
    }

    public static CheckResult check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ConsistencyRule rule : RULES) {
            findings.addAll(rule.check(context));
        }
        return new CheckResult(List.copyOf(findings));
    }
}
