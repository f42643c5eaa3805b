package io.github.clientbudgets.rest;

import io.github.clientbudgets.alert.AlertService;
import io.github.clientbudgets.alert.AlertSettings;
import io.github.clientbudgets.budget.BudgetService;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.rest.json.AlertJsonMapper;
import io.github.clientbudgets.rest.json.AlertSettingsJson;
import io.github.clientbudgets.rest.json.AlertSettingsRequest;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.Map;

/**
 * A budget's alert settings: {@code GET} for its team, {@code PUT} for whoever manages it. No access annotation
 * (licensed users only); the caller is established first, the service checks his rights.
 */
@Path("/budgets/{budgetId}/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlertResource {
    private final AlertService alerts;
    private final BudgetService budgets;
    private final Permissions permissions;
    private final AlertJsonMapper json;

    @Inject
    public AlertResource(AlertService alerts, BudgetService budgets, Permissions permissions, AlertJsonMapper json) {
        this.alerts = alerts;
        this.budgets = budgets;
        this.permissions = permissions;
        this.json = json;
    }

    @GET
    public AlertSettingsJson get(@PathParam("budgetId") long budgetId) {
        String caller = Caller.require(permissions);
        AlertSettings settings = alerts.settings(caller, budgetId);
        return json.settings(budgetId, settings, budgets.canManage(caller, budgets.budget(caller, budgetId)));
    }

    @PUT
    public AlertSettingsJson put(@PathParam("budgetId") long budgetId, Map<String, Object> body) {
        String caller = Caller.require(permissions);
        AlertSettingsRequest request = AlertSettingsRequest.from(body);
        return json.settings(budgetId, alerts.update(caller, budgetId, request.thresholds(), request.notifyClient()),
                true);
    }
}
