package io.github.clientbudgets.rest;

import io.github.clientbudgets.lineitem.LineItemService;
import io.github.clientbudgets.expense.ExpenseService;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetService;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.period.RetainerBudgets;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.rest.json.AuditEntryJson;
import io.github.clientbudgets.rest.json.BudgetJson;
import io.github.clientbudgets.rest.json.BudgetJsonMapper;
import io.github.clientbudgets.rest.json.BudgetRequest;
import io.github.clientbudgets.rest.json.ExpenseJson;
import io.github.clientbudgets.rest.json.ExpenseJsonMapper;
import io.github.clientbudgets.rest.json.ExpenseRequest;
import io.github.clientbudgets.rest.json.FlagRequest;
import io.github.clientbudgets.rest.json.ServiceJson;
import io.github.clientbudgets.rest.json.ServiceJsonMapper;
import io.github.clientbudgets.rest.json.ServiceRequest;
import io.github.clientbudgets.rest.json.SummaryJson;
import io.github.clientbudgets.forecast.ForecastService;
import io.github.clientbudgets.summary.Summary;
import io.github.clientbudgets.summary.SummaryService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/**
 * Budgets and what hangs under one: services, expenses, summary, the two toggles. Team endpoints: no access
 * annotation (Jira 10+: licensed users only); every method establishes the caller first, the service checks his
 * rights.
 */
@Path("/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BudgetResource {
    private final BudgetService budgets;
    private final LineItemService lineItems;
    private final ExpenseService expenses;
    private final SummaryService summaries;
    private final Permissions permissions;
    private final BudgetJsonMapper json;
    private final ServiceJsonMapper serviceJson;
    private final ExpenseJsonMapper expenseJson;
    private final ForecastService forecasts;
    private final RetainerBudgets retainers;

    @Inject
    public BudgetResource(BudgetService budgets, LineItemService lineItems, ExpenseService expenses,
                          SummaryService summaries, Permissions permissions, BudgetJsonMapper json,
                          ServiceJsonMapper serviceJson, ExpenseJsonMapper expenseJson, RetainerBudgets retainers,
                          ForecastService forecasts) {
        this.retainers = retainers;
        this.forecasts = forecasts;
        this.budgets = budgets;
        this.lineItems = lineItems;
        this.expenses = expenses;
        this.summaries = summaries;
        this.permissions = permissions;
        this.json = json;
        this.serviceJson = serviceJson;
        this.expenseJson = expenseJson;
    }

    @GET
    public List<BudgetJson> list(@QueryParam("projectKey") String projectKey) {
        String caller = Caller.require(permissions);
        if (projectKey == null || projectKey.isBlank()) {
            throw ValidationException.of("projectKey", "client-budgets.error.required");
        }
        return budgets.budgetsOfProject(caller, projectKey).stream()
                .map(b -> json.budget(b, budgets.canManage(caller, b))).toList();
    }

    @POST
    public Response create(Map<String, Object> body, @Context UriInfo uri) {
        String caller = Caller.require(permissions);
        BudgetRequest request = BudgetRequest.from(body);
        Budget created = retainers.create(caller, request.toInput(), request.retainer());
        return Response.created(uri.getBaseUriBuilder().path(BudgetResource.class).path("{id}").build(created.id()))
                .entity(json.budget(created, true)).build();
    }

    @GET
    @Path("{id}")
    public BudgetJson get(@PathParam("id") long id) {
        String caller = Caller.require(permissions);
        Budget budget = budgets.budget(caller, id);
        return json.budget(budget, budgets.canManage(caller, budget));
    }

    @PUT
    @Path("{id}")
    public BudgetJson update(@PathParam("id") long id, Map<String, Object> body) {
        String caller = Caller.require(permissions);
        BudgetRequest request = BudgetRequest.from(body);
        return json.budget(retainers.update(caller, id, request.toInput(), request.retainer()), true);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("confirm") boolean confirm) {
        String caller = Caller.require(permissions);
        budgets.delete(caller, id, confirm);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/client-access")
    public BudgetJson clientAccess(@PathParam("id") long id, Map<String, Object> body) {
        String caller = Caller.require(permissions);
        return json.budget(budgets.setClientAccess(caller, id, FlagRequest.from(body, "enabled").value()), true);
    }

    @PUT
    @Path("{id}/person-names")
    public BudgetJson personNames(@PathParam("id") long id, Map<String, Object> body) {
        String caller = Caller.require(permissions);
        return json.budget(budgets.setShowPersonNames(caller, id, FlagRequest.from(body, "enabled").value()), true);
    }

    @PUT
    @Path("{id}/comments")
    public BudgetJson comments(@PathParam("id") long id, Map<String, Object> body) {
        String caller = Caller.require(permissions);
        return json.budget(budgets.setShowComments(caller, id, FlagRequest.from(body, "enabled").value()), true);
    }

    /** Whether the client sees the budget's approved-only forecast: {@code {"enabled":true}}. */
    @PUT
    @Path("{id}/forecast")
    public BudgetJson forecast(@PathParam("id") long id, Map<String, Object> body) {
        String caller = Caller.require(permissions);
        return json.budget(budgets.setShowForecast(caller, id, FlagRequest.from(body, "enabled").value()), true);
    }

    @PUT
    @Path("{id}/approval")
    public BudgetJson approval(@PathParam("id") long id, Map<String, Object> body) {
        String caller = Caller.require(permissions);
        return json.budget(budgets.setApprovalRequired(caller, id, FlagRequest.from(body, "required").value()), true);
    }

    @GET
    @Path("{id}/services")
    public List<ServiceJson> services(@PathParam("id") long id) {
        String caller = Caller.require(permissions);
        return lineItems.lineItems(caller, id).stream().map(serviceJson::service).toList();
    }

    @POST
    @Path("{id}/services")
    public Response createService(@PathParam("id") long id, Map<String, Object> body, @Context UriInfo uri) {
        String caller = Caller.require(permissions);
        var created = lineItems.create(caller, id, ServiceRequest.from(body).toInput());
        return Response.created(uri.getBaseUriBuilder().path(ServiceResource.class).path("{id}").build(created.id()))
                .entity(serviceJson.service(created)).build();
    }

    @GET
    @Path("{id}/expenses")
    public List<ExpenseJson> expenses(@PathParam("id") long id) {
        String caller = Caller.require(permissions);
        return expenses.expenses(caller, id).stream().map(expenseJson::expense).toList();
    }

    @POST
    @Path("{id}/expenses")
    public Response createExpense(@PathParam("id") long id, Map<String, Object> body, @Context UriInfo uri) {
        String caller = Caller.require(permissions);
        var created = expenses.create(caller, id, ExpenseRequest.from(body).toInput());
        return Response.created(uri.getBaseUriBuilder().path(ExpenseResource.class).path("{id}").build(created.id()))
                .entity(expenseJson.expense(created)).build();
    }

    /** Who changed what and when: {@code [{when, authorKey, objectType, objectId, action, field, from, to}]}. */
    @GET
    @Path("{id}/audit")
    public List<AuditEntryJson> audit(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("100") int limit) {
        String caller = Caller.require(permissions);
        return budgets.history(caller, id, limit).stream().map(json::audit).toList();
    }

    @GET
    @Path("{id}/summary")
    public SummaryJson summary(@PathParam("id") long id) {
        String caller = Caller.require(permissions);
        Summary summary = summaries.summary(caller, id);
        Budget budget = budgets.budget(caller, id);
        return json.summary(summary, forecasts.forecast(budget, summary.usedSeconds(), summary.pendingSeconds())
                .orElse(null));
    }
}
