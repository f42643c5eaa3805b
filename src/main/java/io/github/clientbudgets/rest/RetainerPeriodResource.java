package io.github.clientbudgets.rest;

import io.github.clientbudgets.budget.BudgetService;
import io.github.clientbudgets.period.RetainerPeriods;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.rest.json.PeriodJson;
import io.github.clientbudgets.rest.json.PeriodJsonMapper;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A retainer's periods for the team: {@code GET /budgets/{id}/periods}, from the first period to the current one
 * (the server's today, the day the entries' work days are counted in); {@code []} for other budgets. Whoever may
 * see the budget may read them (not visible: 404).
 */
@Path("/budgets/{budgetId}/periods")
@Produces(MediaType.APPLICATION_JSON)
public class RetainerPeriodResource {
    private final BudgetService budgets;
    private final RetainerPeriods periods;
    private final Permissions permissions;
    private final Clock clock;

    @Inject
    public RetainerPeriodResource(BudgetService budgets, RetainerPeriods periods, Permissions permissions,
                                  Clock clock) {
        this.budgets = budgets;
        this.periods = periods;
        this.permissions = permissions;
        this.clock = clock;
    }

    @GET
    public List<PeriodJson> periods(@PathParam("budgetId") long budgetId) {
        String caller = Caller.require(permissions);
        long id = budgets.budget(caller, budgetId).id();
        LocalDate today = LocalDate.now(clock);
        return PeriodJsonMapper.periods(periods.periods(id, today), today);
    }
}
