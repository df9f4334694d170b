package cn.govdisclosure.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.govdisclosure.checks.Finding;
import cn.govdisclosure.platform.Conflict;
import cn.govdisclosure.platform.Message;
import cn.govdisclosure.platform.ProblemTypes;

/**
 * A conflict of the report workflow: a step the current state does not allow, or a submission or publication refused
 * because error-level findings remain. Besides the detail it names the current state, the steps open from it and
 * the findings (the members of {@link WorkflowProblem}).
 */
public class WorkflowConflict extends Conflict {

    private final ReportStatus current;
    private final List<String> allowed;
    private final List<Finding> findings;

    private WorkflowConflict(String type, Message title, Message detail, ReportStatus current,
            List<Finding> findings) {
        super(type, title, detail);
        this.current = current;
        this.allowed = Transition.allowedFrom(current, true);
        this.findings = List.copyOf(findings);
    }

    /** The attempted step ({@code edit}, {@code submit}, …) is not open to a report in this state. */
    static WorkflowConflict illegal(ReportStatus current, String attempted) {
        List<String> allowed = Transition.allowedFrom(current, true);
        return new WorkflowConflict(ProblemTypes.ILLEGAL_TRANSITION, Message.of("title.illegal-transition"),
                Message.of("detail.illegal-transition", current, attempted,
                        allowed.isEmpty() ? Message.of("word.none") : allowed),
                current, List.of());
    }

    /** Submitting or publishing is refused while these error-level findings remain. */
    static WorkflowConflict checksFailed(ReportStatus current, String attempted, List<Finding> errors) {
        return new WorkflowConflict(ProblemTypes.CHECKS_FAILED, Message.of("title.checks-failed"),
                Message.of("detail.checks-failed", attempted, errors.size(), errors.get(0).rule(),
                        Message.of("finding.message", errors.get(0).messageEn(), errors.get(0).messageZh())),
                current, errors);
    }

    @Override
    public Map<String, Object> extensions() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("currentStatus", current);
        members.put("allowedTransitions", allowed);
        members.put("findings", findings);
        return members;
    }
}
