package io.github.clientbudgets.rest;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetInput;
import io.github.clientbudgets.budget.BudgetService;
import io.github.clientbudgets.attribution.IssueAssignmentService;
import io.github.clientbudgets.expense.ExpenseService;
import io.github.clientbudgets.lineitem.LineItemService;
import io.github.clientbudgets.budget.BudgetStatus;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.common.ConflictException;
import io.github.clientbudgets.common.ForbiddenException;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.summary.Summary;
import io.github.clientbudgets.summary.SummaryService;
import io.github.clientbudgets.testing.FakePermissions;
import io.github.clientbudgets.testing.RestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The resources over HTTP against a mocked service: every status code and the JSON shapes. */
class BudgetResourceMockTest {
    private static final Budget BUDGET = new Budget(7, 10, "Website", BudgetType.TIME_AND_MATERIALS,
            Currency.getInstance("EUR"), LocalDate.parse("2026-09-01"), null, new BigDecimal("10000.00"), 360000L,
            "pm", BudgetStatus.OPEN, true, false, false, false, 80, 100);
    private static final LineItem SERVICE = new LineItem(3, 7, "Dev", Billing.HOURLY, 36000L, new BigDecimal("120.00"),
            new BigDecimal("60.00"), true);

    private BudgetService budgets;
    private SummaryService summaries;
    private LineItemService lineItems;
    private ExpenseService expenses;
    private IssueAssignmentService assignments;
    private FakePermissions permissions;
    private RestServer server;

    @BeforeEach
    void start() throws Exception {
        budgets = mock(BudgetService.class);
        lineItems = mock(LineItemService.class);
        expenses = mock(ExpenseService.class);
        assignments = mock(IssueAssignmentService.class);
        summaries = mock(SummaryService.class);
        permissions = new FakePermissions().project(10, "ACME").admin("pm", 10).loggedIn("pm");
        var json = new io.github.clientbudgets.rest.json.BudgetJsonMapper(permissions);
        var services = new io.github.clientbudgets.rest.json.ServiceJsonMapper();
        var expenseJson = new io.github.clientbudgets.rest.json.ExpenseJsonMapper();
        var decisions = new io.github.clientbudgets.rest.json.DecisionJsonMapper(new io.github.clientbudgets.i18n.I18nText(
                mock(com.atlassian.sal.api.message.I18nResolver.class)));
        server = new RestServer(new BudgetResource(budgets, lineItems, expenses, summaries, permissions, json, services,
                expenseJson, new io.github.clientbudgets.testing.PlainRetainerBudgets(budgets),
                mock(io.github.clientbudgets.forecast.ForecastService.class)),
                new ServiceResource(lineItems, permissions, services), new ExpenseResource(expenses, permissions,
                expenseJson, decisions, mock(io.github.clientbudgets.approval.ExpenseApprovals.class)),
                new IssueServiceResource(assignments, permissions, services));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void listAnswers200WithTheContractsBudgetShape() throws Exception {
        when(budgets.budgetsOfProject("pm", "ACME")).thenReturn(List.of(BUDGET));
        when(budgets.canManage("pm", BUDGET)).thenReturn(true);
        RestServer.Reply reply = server.get("/budgets?projectKey=ACME");
        assertEquals(200, reply.status());
        @SuppressWarnings("unchecked")
        Map<String, Object> b = ((List<Map<String, Object>>) reply.json()).get(0);
        assertEquals(7, b.get("id"));
        assertEquals("ACME", b.get("projectKey"));
        assertEquals("Website", b.get("name"));
        assertEquals("TIME_AND_MATERIALS", b.get("type"));
        assertEquals("EUR", b.get("currency"));
        assertEquals("10000.00", b.get("totalAmount"));
        assertEquals("100.00", b.get("totalHours"));
        assertEquals("2026-09-01", b.get("startDate"));
        assertNull(b.get("endDate"));
        assertEquals("pm", b.get("ownerKey"));
        assertEquals("OPEN", b.get("status"));
        assertEquals(true, b.get("approvalRequired"));
        assertEquals(false, b.get("clientAccess"));
    }

    @Test
    void anonymousGets401AndTheServiceIsNeverAsked() throws Exception {
        permissions.loggedIn(null);
        assertEquals(401, server.get("/budgets?projectKey=ACME").status());
        assertEquals(401, server.get("/budgets/7").status());
        assertEquals(401, server.send("POST", "/budgets", Map.of("name", "x")).status());
        assertEquals(401, server.send("PUT", "/services/3", Map.of("name", "x")).status());
        assertEquals(401, server.send("DELETE", "/expenses/3", null).status());
        assertEquals(401, server.send("PUT", "/issues/ACME-1/service", Map.of("serviceId", 3)).status());
        verifyNoInteractions(budgets, summaries);
    }

    @Test
    void createAnswers201WithLocationAndPassesTheFieldsThrough() throws Exception {
        when(budgets.create(eq("pm"), any())).thenReturn(BUDGET);
        RestServer.Reply reply = server.send("POST", "/budgets", Map.of("projectKey", "ACME", "name", "Website",
                "type", "TIME_AND_MATERIALS", "currency", "EUR", "startDate", "2026-09-01", "totalAmount", "10000.00"));
        assertEquals(201, reply.status());
        assertTrue(reply.location().endsWith("/rest/client-budgets/1.0/budgets/7"), reply.location());
        assertEquals(7, reply.map().get("id"));
        ArgumentCaptor<BudgetInput> input = ArgumentCaptor.forClass(BudgetInput.class);
        verify(budgets).create(eq("pm"), input.capture());
        assertEquals("10000.00", input.getValue().totalAmount);
        assertEquals("ACME", input.getValue().projectKey);
    }

    @Test
    void validationErrorsAnswer400WithTheErrorsShape() throws Exception {
        when(budgets.create(eq("pm"), any())).thenThrow(ValidationException.of("name", "client-budgets.error.name.required"));
        RestServer.Reply reply = server.send("POST", "/budgets", Map.of("projectKey", "ACME"));
        assertEquals(400, reply.status());
        assertEquals(Map.of("name", "Required, 1 to 255 characters."), reply.errors());
    }

    @Test
    void aFloatingPointAmountIsRefusedBeforeTheService() throws Exception {
        RestServer.Reply reply = server.send("POST", "/budgets", "{\"name\":\"x\",\"totalAmount\":12.5}");
        assertEquals(400, reply.status());
        assertTrue(reply.errors().containsKey("totalAmount"));
        verify(budgets, never()).create(anyString(), any());
    }

    @Test
    void forbiddenAnswers403AndNotFound404() throws Exception {
        when(budgets.update(eq("pm"), eq(7L), any())).thenThrow(new ForbiddenException("client-budgets.error.forbidden.change"));
        when(budgets.budget("pm", 8)).thenThrow(new NotFoundException());
        assertEquals(403, server.send("PUT", "/budgets/7", Map.of("name", "x")).status());
        assertEquals(404, server.get("/budgets/8").status());
        assertEquals(404, server.get("/budgets/not-a-number").status());
    }

    @Test
    void deleteAnswers204AndAsksForConfirmationWith409() throws Exception {
        doThrow(new ConflictException("confirm", "client-budgets.error.budget.hasTime")).when(budgets).delete("pm", 7, false);
        RestServer.Reply refused = server.send("DELETE", "/budgets/7", null);
        assertEquals(409, refused.status());
        assertTrue(refused.errors().get("confirm").startsWith("This budget has time logged against it."));
        assertEquals(204, server.send("DELETE", "/budgets/7?confirm=true", null).status());
        verify(budgets).delete("pm", 7, true);
    }

    @Test
    void togglesNeedABoolean() throws Exception {
        when(budgets.setClientAccess("pm", 7, true)).thenReturn(BUDGET.withClientAccess(true));
        RestServer.Reply ok = server.send("PUT", "/budgets/7/client-access", Map.of("enabled", true));
        assertEquals(200, ok.status());
        assertEquals(true, ok.map().get("clientAccess"));
        RestServer.Reply bad = server.send("PUT", "/budgets/7/approval", Map.of("required", "yes"));
        assertEquals(400, bad.status());
        assertTrue(bad.errors().containsKey("required"));
        verify(budgets, never()).setApprovalRequired(anyString(), anyLong(), anyBoolean());
    }

    @Test
    void servicesCarryTheContractsShape() throws Exception {
        when(lineItems.lineItems("pm", 7)).thenReturn(List.of(SERVICE));
        @SuppressWarnings("unchecked")
        Map<String, Object> s = ((List<Map<String, Object>>) server.get("/budgets/7/services").json()).get(0);
        assertEquals(Map.of("id", 3, "budgetId", 7, "name", "Dev", "billing", "HOURLY", "budgetedHours", "10.00",
                "rate", "120.00", "costRate", "60.00", "isDefault", true, "version", 0), s);
        when(lineItems.create(eq("pm"), eq(7L), any())).thenReturn(SERVICE);
        assertEquals(201, server.send("POST", "/budgets/7/services", Map.of("name", "Dev")).status());
        assertEquals(204, server.send("DELETE", "/services/3", null).status());
    }

    @Test
    void summaryIsMoneyAsDecimalStrings() throws Exception {
        when(summaries.summary("pm", 7)).thenReturn(new Summary(7, Currency.getInstance("EUR"),
                new BigDecimal("100.00"), new BigDecimal("25.50"), new BigDecimal("74.50"), new BigDecimal("0.00"),
                null, 5400, 1800, null, 26, new BigDecimal("50.00"), List.of(), List.of()));
        Map<String, Object> s = server.get("/budgets/7/summary").map();
        assertEquals("25.50", s.get("usedAmount"));
        assertEquals("74.50", s.get("remainingAmount"));
        assertEquals("1.50", s.get("usedHours"));
        assertEquals("0.50", s.get("pendingHours"));
        assertEquals(26, s.get("percentUsed"));
        assertEquals("50.00", s.get("pendingAmount"));
    }

    @Test
    void issueAssignmentTakesAnIdOrNull() throws Exception {
        when(assignments.assignIssue("pm", "ACME-1", 3L)).thenReturn(Optional.of(SERVICE));
        when(assignments.assignIssue("pm", "ACME-1", null)).thenReturn(Optional.empty());
        RestServer.Reply assigned = server.send("PUT", "/issues/ACME-1/service", Map.of("serviceId", 3));
        assertEquals(200, assigned.status());
        assertEquals(3, assigned.map().get("serviceId"));
        RestServer.Reply cleared = server.send("PUT", "/issues/ACME-1/service", "{\"serviceId\":null}");
        assertEquals(200, cleared.status());
        assertNull(cleared.map().get("serviceId"));
        assertEquals(400, server.send("PUT", "/issues/ACME-1/service", Map.of("serviceId", "three")).status());
    }

    @Test
    void unexpectedFailuresAnswer500WithoutDetails() throws Exception {
        when(budgets.budget("pm", 9)).thenThrow(new IllegalStateException("secret SQL"));
        RestServer.Reply reply = server.get("/budgets/9");
        assertEquals(500, reply.status());
        assertTrue(!reply.body().contains("secret"));
    }
}
