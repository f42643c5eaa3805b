package io.github.clientbudgets.rest;

import io.github.clientbudgets.attribution.IssueAssignmentService;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.rest.json.IssueServiceJson;
import io.github.clientbudgets.rest.json.IssueServiceRequest;
import io.github.clientbudgets.rest.json.ServiceJsonMapper;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Optional;

/** The service an issue is assigned to: {@code {"issueKey", "serviceId", "service", "services"}}. */
@Path("/issues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IssueServiceResource {
    private final IssueAssignmentService assignments;
    private final Permissions permissions;
    private final ServiceJsonMapper json;

    @Inject
    public IssueServiceResource(IssueAssignmentService assignments, Permissions permissions, ServiceJsonMapper json) {
        this.assignments = assignments;
        this.permissions = permissions;
        this.json = json;
    }

    @GET
    @Path("{issueKey}/service")
    public IssueServiceJson get(@PathParam("issueKey") String issueKey) {
        String caller = Caller.require(permissions);
        return answer(caller, issueKey, assignments.assignedLineItem(caller, issueKey));
    }

    @PUT
    @Path("{issueKey}/service")
    public IssueServiceJson assign(@PathParam("issueKey") String issueKey, Map<String, Object> body) {
        String caller = Caller.require(permissions);
        Long serviceId = IssueServiceRequest.from(body).serviceId();
        return answer(caller, issueKey, assignments.assignIssue(caller, issueKey, serviceId));
    }

    private IssueServiceJson answer(String caller, String issueKey, Optional<LineItem> service) {
        return json.issueService(issueKey, service, assignments.assignableLineItems(caller, issueKey));
    }
}
