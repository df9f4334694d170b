package cn.govdisclosure.report;

import java.util.List;

import cn.govdisclosure.checks.Finding;
import cn.govdisclosure.platform.ApiException;
import cn.govdisclosure.platform.ProblemTypes;

/**
 * A 409 of the report workflow: a step the current state does not allow, or a submission or publication refused
 * because error-level findings remain. The problem names the current state and the transitions open from it.
 */
public class WorkflowConflict extends ApiException {

    private final ReportStatus current;
    private final List<String> allowed;
    private final List<Finding> findings;

    private WorkflowConflict(String type, String title, String detail, ReportStatus current, List<Finding> findings) {
        super(409, type, title, detail, List.of());
        this.current = current;
        this.allowed = Transition.allowedFrom(current, true);
        this.findings = List.copyOf(findings);
    }

    /** The attempted step ({@code edit}, {@code submit}, …) is not open to a report in this state. */
    static WorkflowConflict illegal(ReportStatus current, String attempted) {
        List<String> allowed = Transition.allowedFrom(current, true);
        return new WorkflowConflict(ProblemTypes.ILLEGAL_TRANSITION, "Not allowed in the report's current state",
                "The report is " + current + "; '" + attempted + "' is not allowed from " + current
                        + ". Allowed: " + (allowed.isEmpty() ? "none" : String.join(", ", allowed)),
                current, List.of());
    }

    /** Submitting or publishing is refused while these error-level findings remain. */
    static WorkflowConflict checksFailed(ReportStatus current, String attempted, List<Finding> errors) {
        return new WorkflowConflict(ProblemTypes.CHECKS_FAILED, "Consistency checks failed",
                "The report cannot " + attempted + " while " + errors.size()
                        + " error-level finding(s) remain; the first: " + errors.get(0).rule() + " — "
                        + errors.get(0).messageEn(),
                current, errors);
    }

    WorkflowProblem toWorkflowProblem() {
        var problem = toProblem();
        return new WorkflowProblem(problem.type(), problem.title(), problem.status(), problem.detail(), current,
                allowed, findings);
    }
}
