package io.github.clientbudgets.rest;

import io.github.clientbudgets.expense.ExpenseService;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.rest.json.DecisionJsonMapper;
import io.github.clientbudgets.rest.json.DecisionOutcomeJson;
import io.github.clientbudgets.rest.json.DecisionRequest;
import io.github.clientbudgets.rest.json.ExpenseJson;
import io.github.clientbudgets.rest.json.ExpenseJsonMapper;
import io.github.clientbudgets.rest.json.ExpenseRequest;

import io.github.clientbudgets.review.ApprovalAction;
import io.github.clientbudgets.approval.ExpenseApprovals;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.QueryParam;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.Map;

/**
 * One expense of a budget, and reviewers' decisions on expenses of budgets that require approval (the
 * time entries' decisions, for expenses): {@code POST /expenses/approve|reject|unapprove} {@code {"ids":[..],"reason"}}
 * answer which expenses changed and which were refused and why; {@code GET /expenses/review-queue} lists what waits
 * for the caller.
 */
@Path("/expenses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExpenseResource {
    private final ExpenseService expenses;
    private final Permissions permissions;
    private final ExpenseJsonMapper json;
    private final DecisionJsonMapper decisionJson;
    private final ExpenseApprovals approvals;

    @Inject
    public ExpenseResource(ExpenseService expenses, Permissions permissions, ExpenseJsonMapper json,
                           DecisionJsonMapper decisionJson, ExpenseApprovals approvals) {
        this.approvals = approvals;
        this.expenses = expenses;
        this.permissions = permissions;
        this.json = json;
        this.decisionJson = decisionJson;
    }

    @PUT
    @Path("{id}")
    public ExpenseJson update(@PathParam("id") long id, Map<String, Object> body) {
        String caller = Caller.require(permissions);
        return json.expense(expenses.update(caller, id, ExpenseRequest.from(body).toInput()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        String caller = Caller.require(permissions);
        expenses.delete(caller, id);
        return Response.noContent().build();
    }

    @GET
    @Path("review-queue")
    public List<ExpenseJson> reviewQueue(@QueryParam("budgetId") Long budgetId, @QueryParam("limit") Integer limit) {
        String caller = Caller.require(permissions);
        return approvals.pending(caller, budgetId, limit == null ? 200 : limit).stream().map(json::expense).toList();
    }

    @POST
    @Path("approve")
    public DecisionOutcomeJson approve(Map<String, Object> body) {
        return decide(ApprovalAction.APPROVE, body);
    }

    @POST
    @Path("reject")
    public DecisionOutcomeJson reject(Map<String, Object> body) {
        return decide(ApprovalAction.REJECT, body);
    }

    @POST
    @Path("unapprove")
    public DecisionOutcomeJson unapprove(Map<String, Object> body) {
        return decide(ApprovalAction.UNAPPROVE, body);
    }

    private DecisionOutcomeJson decide(ApprovalAction action, Map<String, Object> body) {
        String caller = Caller.require(permissions);
        DecisionRequest request = DecisionRequest.from(body);
        return decisionJson.outcome(action, approvals.decide(caller, action, request.ids(), request.reason()));
    }
}
