package cn.govdisclosure.checks;

import java.util.List;

/** One rule of domain §6: a pure function from a report's figures to its findings. */
public interface ConsistencyRule {

    /** The rule id of domain §6, such as {@code T3-TOTAL}. */
    String id();

    Severity severity();

    List<Finding> check(CheckContext context);
}
