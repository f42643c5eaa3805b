package io.github.clientbudgets.rest;

import io.github.clientbudgets.approval.ApprovalService;
import io.github.clientbudgets.common.Errors;
import io.github.clientbudgets.permission.Permissions;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.List;

/** Locked months of a budget: {@code PUT}/{@code DELETE /budgets/{id}/locks/2026-10} (approvers), {@code GET} (team). */
@Path("/budgets/{budgetId}/locks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeriodLockResource {
    private final ApprovalService approvals;
    private final Permissions permissions;

    @Inject
    public PeriodLockResource(ApprovalService approvals, Permissions permissions) {
        this.approvals = approvals;
        this.permissions = permissions;
    }

    @GET
    public List<String> list(@PathParam("budgetId") long budgetId) {
        String caller = Caller.require(permissions);
        return approvals.lockedMonths(caller, budgetId).stream().map(YearMonth::toString).toList();
    }

    @PUT
    @Path("{month}")
    public Response lock(@PathParam("budgetId") long budgetId, @PathParam("month") String month) {
        String caller = Caller.require(permissions);
        approvals.lock(caller, budgetId, month(month));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{month}")
    public Response unlock(@PathParam("budgetId") long budgetId, @PathParam("month") String month) {
        String caller = Caller.require(permissions);
        approvals.unlock(caller, budgetId, month(month));
        return Response.noContent().build();
    }

    /**
     * {@code YYYY-MM} with a four-digit year from 1900 (the dates' lower bound) and a real month, nothing else (no
     * sign, no "+999999999-12").
     */
    private static YearMonth month(String text) {
        if (text == null || !text.matches("(19|[2-9]\\d)\\d{2}-(0[1-9]|1[0-2])")) {
            Errors errors = new Errors();
            errors.add("month", "client-budgets.error.month");
            errors.throwIfAny();
        }
        return YearMonth.parse(text);
    }
}
