package cn.govdisclosure.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The workflow's transitions, each with the states it starts from and the state it leads to. */
public enum Transition {
    /** Hand the report in for publication; refused while error-level findings remain. */
    SUBMIT("submit", Set.of(ReportStatus.DRAFT, ReportStatus.RETURNED), ReportStatus.SUBMITTED),
    /** Publish a submitted report: its content is frozen as a revision. */
    PUBLISH("publish", Set.of(ReportStatus.SUBMITTED), ReportStatus.PUBLISHED),
    /** Send a submitted report back to the editor with a comment. */
    RETURN("return", Set.of(ReportStatus.SUBMITTED), ReportStatus.RETURNED),
    /** Start a correction of a published report: a new revision, in DRAFT, with a reason. */
    REVISE("revise", Set.of(ReportStatus.PUBLISHED), ReportStatus.DRAFT),
    /** Record a report published elsewhere as published, its error-level findings acknowledged with reasons. */
    RECORD_PUBLICATION("record-publication",
            Set.of(ReportStatus.DRAFT, ReportStatus.RETURNED, ReportStatus.SUBMITTED), ReportStatus.PUBLISHED);

    private final String action;
    private final Set<ReportStatus> from;
    private final ReportStatus to;

    Transition(String action, Set<ReportStatus> from, ReportStatus to) {
        this.action = action;
        this.from = from;
        this.to = to;
    }

    public String action() {
        return action;
    }

    public ReportStatus to() {
        return to;
    }

    public boolean allowedFrom(ReportStatus status) {
        return from.contains(status);
    }

    /** The transitions open to a report in this state, by action name, such as {@code [publish, return]}. */
    public static List<String> allowedFrom(ReportStatus status, boolean includeEdit) {
        List<String> allowed = new ArrayList<>();
        if (includeEdit && status.editable()) {
            allowed.add("edit");
        }
        Arrays.stream(values()).filter(transition -> transition.allowedFrom(status))
                .forEach(transition -> allowed.add(transition.action));
        return allowed;
    }
}
