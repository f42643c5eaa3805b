package io.github.clientbudgets.rest;

import io.github.clientbudgets.expense.ExpenseService;
import io.github.clientbudgets.permission.Permissions;

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
 * One expense of a budget, and reviewers' decisions on expenses of budgets that require approval (CONTRACT.md's
 * time-entry decisions, for expenses): {@code POST /expenses/approve|reject|unapprove} {@code {"ids":[..],"reason"}}
 * answer which expenses changed and which were refused and why; {@code GET /expenses/review-queue} lists what waits
 * for the caller.
 */
@Path("/expenses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExpenseResource {
    private final ExpenseService expenses;
    private final Permissions permissions;
    private final JsonMapper json;
    private final ExpenseApprovals approvals;

    @Inject
    public ExpenseResource(ExpenseService expenses, Permissions permissions, JsonMapper json, ExpenseApprovals approvals) {
        this.approvals = approvals;
        this.expenses = expenses;
        this.permissions = permissions;
        this.json = json;
    }

    @PUT
    @Path("{id}")
    public Map<String, Object> update(@PathParam("id") long id, Map<String, Object> body) {
        String caller = Caller.require(permissions);
        return json.expense(expenses.update(caller, id, json.expenseInput(body)));
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
    public List<Map<String, Object>> reviewQueue(@QueryParam("budgetId") Long budgetId, @QueryParam("limit") Integer limit) {
        String caller = Caller.require(permissions);
        return approvals.pending(caller, budgetId, limit == null ? 200 : limit).stream().map(json::expense).toList();
    }

    @POST
    @Path("approve")
    public Map<String, Object> approve(Map<String, Object> body) {
        return decide(ApprovalAction.APPROVE, body, "approved");
    }

    @POST
    @Path("reject")
    public Map<String, Object> reject(Map<String, Object> body) {
        return decide(ApprovalAction.REJECT, body, "rejected");
    }

    @POST
    @Path("unapprove")
    public Map<String, Object> unapprove(Map<String, Object> body) {
        return decide(ApprovalAction.UNAPPROVE, body, "unapproved");
    }

    private Map<String, Object> decide(ApprovalAction action, Map<String, Object> body, String succeededField) {
        String caller = Caller.require(permissions);
        return json.bulkOutcome(approvals.decide(caller, action, json.ids(body), json.optionalText(body, "reason")),
                succeededField);
    }
}
