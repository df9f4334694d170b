package cn.govdisclosure.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.govdisclosure.checks.Finding;

/**
 * The problem document of a {@link WorkflowConflict}, as the API documents it: the RFC 9457 members plus the
 * report's current state, the steps open from it, and (when checks failed) the error-level findings. The problem
 * mapper writes it from the conflict's extension members; empty members are left out.
 */
@Schema(name = "WorkflowProblem")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record WorkflowProblem(String type, String title, int status, String detail, ReportStatus currentStatus,
        List<String> allowedTransitions, List<Finding> findings) {
}
