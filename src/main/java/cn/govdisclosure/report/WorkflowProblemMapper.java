package cn.govdisclosure.report;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import cn.govdisclosure.platform.ApiProblem;

/** Answers workflow conflicts with their extended problem document. */
public class WorkflowProblemMapper {

    @ServerExceptionMapper
    public Response workflowConflict(WorkflowConflict e) {
        return Response.status(409).type(ApiProblem.MEDIA_TYPE).entity(e.toWorkflowProblem()).build();
    }
}
