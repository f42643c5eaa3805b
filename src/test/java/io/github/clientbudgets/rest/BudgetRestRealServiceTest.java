package io.github.clientbudgets.rest;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.attribution.AttributionService;
import io.github.clientbudgets.attribution.IssueServiceEntity;
import io.github.clientbudgets.audit.AoAuditTrail;
import io.github.clientbudgets.audit.AuditEntity;
import io.github.clientbudgets.budget.AoBudgetStore;
import io.github.clientbudgets.budget.BudgetEntity;
import io.github.clientbudgets.budget.DefaultBudgetService;
import io.github.clientbudgets.expense.ExpenseEntity;
import io.github.clientbudgets.service.ServiceEntity;
import io.github.clientbudgets.summary.AoSummaryQueries;
import io.github.clientbudgets.summary.SummaryService;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.FakePermissions;
import io.github.clientbudgets.testing.Stores;
import io.github.clientbudgets.testing.TeamServices;
import io.github.clientbudgets.testing.Fixtures;
import io.github.clientbudgets.testing.RestServer;
import io.github.clientbudgets.timeentry.AoTimeEntryStore;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.function.Executable;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The resources over HTTP against the real service and database (H2 and PostgreSQL). */
class BudgetRestRealServiceTest {
    private ActiveObjects ao;
    private FakePermissions permissions;
    private AoBudgetStore store;
    private AoTimeEntryStore time;

    private RestServer start(ActiveObjects activeObjects) throws Exception {
        ao = activeObjects;
        Stores stores = Stores.on(ao);
        store = stores.budgets;
        time = stores.time;
        permissions = new FakePermissions().project(10, "ACME").project(20, "GLOBEX")
                .admin("pm", 10).browser("dev", 10).admin("other", 20).issue(100, "ACME-1", 10, null)
                .loggedIn("pm");
        TeamServices team = new TeamServices(stores, new AoAuditTrail(ao), permissions);
        SummaryService summaries = new SummaryService(team.budgets, stores.lineItems, new AoSummaryQueries(ao),
                Clock.systemUTC());
        var retainers = new io.github.clientbudgets.period.DefaultRetainerPeriods(stores.budgets, team.budgets,
                new io.github.clientbudgets.period.AoRetainerTermsStore(ao),
                new io.github.clientbudgets.summary.AoRetainerQueries(ao),
                new io.github.clientbudgets.approval.AoPeriodLockStore(ao));
        var json = new io.github.clientbudgets.rest.json.BudgetJsonMapper(permissions, retainers);
        var services = new io.github.clientbudgets.rest.json.ServiceJsonMapper();
        var expenses = new io.github.clientbudgets.rest.json.ExpenseJsonMapper();
        var decisions = new io.github.clientbudgets.rest.json.DecisionJsonMapper(new io.github.clientbudgets.i18n.I18nText(
                org.mockito.Mockito.mock(com.atlassian.sal.api.message.I18nResolver.class)));
        return new RestServer(new BudgetResource(team.budgets, team.lineItems, team.expenses, summaries, permissions,
                json, services, expenses, retainers, new io.github.clientbudgets.forecast.ForecastService(
                new io.github.clientbudgets.forecast.AoBurnQueries(ao), Clock.systemUTC())),
                new ServiceResource(team.lineItems, permissions, services), new ExpenseResource(team.expenses,
                permissions, expenses, decisions, org.mockito.Mockito.mock(io.github.clientbudgets.approval.ExpenseApprovals.class)),
                new IssueServiceResource(team.assignments, permissions, services));
    }

    static Map<String, Object> validBudget() {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("projectKey", "ACME");
        b.put("name", "Website relaunch");
        b.put("type", "TIME_AND_MATERIALS");
        b.put("currency", "EUR");
        b.put("startDate", "2026-09-01");
        b.put("endDate", "2026-12-31");
        b.put("totalAmount", "10000.00");
        b.put("totalHours", "120");
        return b;
    }

    static Map<String, Object> validService() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", "Development");
        s.put("billing", "HOURLY");
        s.put("rate", "120.00");
        s.put("budgetedHours", "80");
        return s;
    }

    static Map<String, Object> validExpense() {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("date", "2026-10-01");
        x.put("description", "Stock photos");
        x.put("amount", "49.90");
        x.put("billable", true);
        x.put("markupPercent", "10");
        return x;
    }

    static Map<String, Object> with(Map<String, Object> base, Object... keyValues) {
        Map<String, Object> m = new HashMap<>(base);
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] == REMOVE) {
                m.remove((String) keyValues[i]);
            } else {
                m.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return m;
    }

    private static final Object REMOVE = new Object();

    record Bad(String what, String method, String path, Object body, String field) {
    }

    /** Bad inputs for the budget endpoints, each with the field that must be named in the 400 answer. */
    static List<Bad> badInputs(String budgetPath) {
        Map<String, Object> b = validBudget();
        Map<String, Object> s = validService();
        Map<String, Object> x = validExpense();
        return List.of(
                new Bad("name missing", "POST", "/budgets", with(b, "name", REMOVE), "name"),
                new Bad("name empty", "POST", "/budgets", with(b, "name", ""), "name"),
                new Bad("name blank", "POST", "/budgets", with(b, "name", "   "), "name"),
                new Bad("name 256 chars", "POST", "/budgets", with(b, "name", "n".repeat(256)), "name"),
                new Bad("name a number", "POST", "/budgets", with(b, "name", 5), "name"),
                new Bad("type missing", "POST", "/budgets", with(b, "type", REMOVE), "type"),
                new Bad("type unknown", "POST", "/budgets", with(b, "type", "HOURLY"), "type"),
                new Bad("currency long", "POST", "/budgets", with(b, "currency", "EURO"), "currency"),
                new Bad("currency lower case", "POST", "/budgets", with(b, "currency", "eur"), "currency"),
                new Bad("currency XXX", "POST", "/budgets", with(b, "currency", "XXX"), "currency"),
                new Bad("currency unknown", "POST", "/budgets", with(b, "currency", "ZZZ"), "currency"),
                new Bad("start missing", "POST", "/budgets", with(b, "startDate", REMOVE), "startDate"),
                new Bad("start impossible", "POST", "/budgets", with(b, "startDate", "2026-02-30"), "startDate"),
                new Bad("start other format", "POST", "/budgets", with(b, "startDate", "01.09.2026"), "startDate"),
                new Bad("end before start", "POST", "/budgets", with(b, "endDate", "2026-08-31"), "endDate"),
                new Bad("amount negative", "POST", "/budgets", with(b, "totalAmount", "-1"), "totalAmount"),
                new Bad("amount 3 decimals EUR", "POST", "/budgets", with(b, "totalAmount", "12.345"), "totalAmount"),
                new Bad("amount decimals JPY", "POST", "/budgets", with(b, "currency", "JPY", "totalAmount", "1.5"), "totalAmount"),
                new Bad("amount 4 decimals KWD", "POST", "/budgets", with(b, "currency", "KWD", "totalAmount", "1.2345"), "totalAmount"),
                new Bad("amount a JSON float", "POST", "/budgets", with(b, "totalAmount", 12.5), "totalAmount"),
                new Bad("amount not a number", "POST", "/budgets", with(b, "totalAmount", "abc"), "totalAmount"),
                new Bad("no amount nor hours", "POST", "/budgets", with(b, "totalAmount", REMOVE, "totalHours", REMOVE), "totalAmount"),
                new Bad("hours 3 decimals", "POST", "/budgets", with(b, "totalHours", "1.234"), "totalHours"),
                new Bad("hours negative", "POST", "/budgets", with(b, "totalHours", "-3"), "totalHours"),
                new Bad("project unknown", "POST", "/budgets", with(b, "projectKey", "NOPE"), "projectKey"),
                new Bad("project invisible", "POST", "/budgets", with(b, "projectKey", "GLOBEX"), "projectKey"),
                new Bad("project missing", "POST", "/budgets", with(b, "projectKey", REMOVE), "projectKey"),
                new Bad("owner unknown", "POST", "/budgets", with(b, "ownerKey", "ghost"), "ownerKey"),
                new Bad("status unknown", "POST", "/budgets", with(b, "status", "DONE"), "status"),
                new Bad("flag not boolean", "POST", "/budgets", with(b, "approvalRequired", "yes"), "approvalRequired"),
                new Bad("warn 0 %", "POST", "/budgets", with(b, "alertWarnPercent", 0), "alertWarnPercent"),
                new Bad("critical below warn", "POST", "/budgets", with(b, "alertWarnPercent", 90, "alertCriticalPercent", 50), "alertCriticalPercent"),
                new Bad("non-billable with amount", "POST", "/budgets", with(b, "type", "NON_BILLABLE"), "totalAmount"),
                new Bad("update: name empty", "PUT", budgetPath, with(b, "name", "", "version", 0), "name"),
                new Bad("update: type misfits services", "PUT", budgetPath, with(b, "type", "NON_BILLABLE", "totalAmount", REMOVE, "version", 0), "type"),
                new Bad("toggle without value", "PUT", budgetPath + "/client-access", Map.of(), "enabled"),
                new Bad("toggle a string", "PUT", budgetPath + "/approval", Map.of("required", "true"), "required"),
                new Bad("service name missing", "POST", budgetPath + "/services", with(s, "name", REMOVE), "name"),
                new Bad("service billing unknown", "POST", budgetPath + "/services", with(s, "billing", "MONTHLY"), "billing"),
                new Bad("hourly without rate", "POST", budgetPath + "/services", with(s, "rate", REMOVE), "rate"),
                new Bad("rate 3 decimals", "POST", budgetPath + "/services", with(s, "rate", "1.001"), "rate"),
                new Bad("cost rate negative", "POST", budgetPath + "/services", with(s, "costRate", "-5"), "costRate"),
                new Bad("budgeted hours text", "POST", budgetPath + "/services", with(s, "budgetedHours", "x"), "budgetedHours"),
                new Bad("non-billable with rate", "POST", budgetPath + "/services", with(s, "billing", "NON_BILLABLE", "rate", "10"), "rate"),
                new Bad("isDefault a string", "POST", budgetPath + "/services", with(s, "isDefault", "true"), "isDefault"),
                new Bad("expense date missing", "POST", budgetPath + "/expenses", with(x, "date", REMOVE), "date"),
                new Bad("expense description missing", "POST", budgetPath + "/expenses", with(x, "description", REMOVE), "description"),
                new Bad("expense amount missing", "POST", budgetPath + "/expenses", with(x, "amount", REMOVE), "amount"),
                new Bad("expense amount 3 decimals", "POST", budgetPath + "/expenses", with(x, "amount", "10.001"), "amount"),
                new Bad("markup negative", "POST", budgetPath + "/expenses", with(x, "markupPercent", "-1"), "markupPercent"),
                new Bad("markup 3 decimals", "POST", budgetPath + "/expenses", with(x, "markupPercent", "1.234"), "markupPercent"),
                new Bad("expense service of nobody", "POST", budgetPath + "/expenses", with(x, "serviceId", 99999), "serviceId"),
                new Bad("billable a string", "POST", budgetPath + "/expenses", with(x, "billable", "no"), "billable"),
                new Bad("issue to unknown service", "PUT", "/issues/ACME-1/service", Map.of("serviceId", 99999), "serviceId"),
                new Bad("issue service id text", "PUT", "/issues/ACME-1/service", Map.of("serviceId", "x"), "serviceId"));
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Class<? extends RawEntity<Integer>>> types = List.of(BudgetEntity.class, ServiceEntity.class,
                ExpenseEntity.class, IssueServiceEntity.class, AuditEntity.class);
        for (Class<? extends RawEntity<Integer>> type : types) {
            counts.put(type.getSimpleName(), ao.count(type, Query.select()));
        }
        return counts;
    }

    @AoTest
    void everyBadInputAnswers400WithItsFieldAndWritesNothing(ActiveObjects activeObjects) throws Exception {
        try (RestServer server = start(activeObjects)) {
            RestServer.Reply created = server.send("POST", "/budgets", validBudget());
            assertEquals(201, created.status(), created.body());
            long id = ((Number) created.map().get("id")).longValue();
            assertEquals(201, server.send("POST", "/budgets/" + id + "/services", validService()).status());
            String budgetPath = "/budgets/" + id;
            List<Bad> table = badInputs(budgetPath);
            assertTrue(table.size() >= 30);
            Map<String, Integer> before = counts();
            String budgetBefore = server.get(budgetPath).body();
            List<Executable> checks = new ArrayList<>();
            for (Bad bad : table) {
                RestServer.Reply reply = server.send(bad.method(), bad.path(), bad.body());
                checks.add(() -> assertEquals(400, reply.status(), bad.what() + ": " + reply.body()));
                checks.add(() -> assertTrue(reply.status() == 400 && reply.errors().containsKey(bad.field()),
                        bad.what() + " should name " + bad.field() + ": " + reply.body()));
                checks.add(() -> assertTrue(reply.status() == 400 && !reply.errors().get(bad.field()).isBlank()
                        && !reply.errors().get(bad.field()).startsWith("client-budgets."),
                        bad.what() + " should explain itself: " + reply.body()));
            }
            assertAll(checks);
            assertEquals(before, counts(), "a rejected request wrote something");
            assertEquals(budgetBefore, server.get(budgetPath).body());
        }
    }

    @AoTest
    void statusCodesOnTheRealService(ActiveObjects activeObjects) throws Exception {
        try (RestServer server = start(activeObjects)) {
            RestServer.Reply created = server.send("POST", "/budgets", validBudget());
            assertEquals(201, created.status());
            long id = ((Number) created.map().get("id")).longValue();
            assertEquals("ACME", created.map().get("projectKey"));
            assertEquals("10000.00", created.map().get("totalAmount"));
            RestServer.Reply service = server.send("POST", "/budgets/" + id + "/services", validService());
            assertEquals(201, service.status());
            assertEquals(true, service.map().get("isDefault"));
            long serviceId = ((Number) service.map().get("id")).longValue();
            RestServer.Reply expense = server.send("POST", "/budgets/" + id + "/expenses", validExpense());
            assertEquals(201, expense.status());
            assertEquals("APPROVED", expense.map().get("status"));
            assertEquals(200, server.send("PUT", "/issues/ACME-1/service", Map.of("serviceId", serviceId)).status());

            permissions.loggedIn("dev");
            assertEquals(200, server.get("/budgets/" + id).status());
            assertEquals(false, server.get("/budgets/" + id).map().get("canManage"));
            assertEquals(200, server.get("/budgets/" + id + "/summary").status());
            assertEquals(403, server.send("PUT", "/budgets/" + id, validBudget()).status());
            assertEquals(403, server.send("PUT", "/budgets/" + id + "/client-access", Map.of("enabled", true)).status());
            assertEquals(403, server.send("POST", "/budgets", validBudget()).status());
            assertEquals(403, server.send("DELETE", "/services/" + serviceId, null).status());

            permissions.loggedIn("other");
            assertEquals(404, server.get("/budgets/" + id).status());
            assertEquals(404, server.get("/budgets/" + id + "/audit").status());
            assertEquals(404, server.get("/budgets/" + id + "/summary").status());
            assertEquals(404, server.get("/budgets?projectKey=ACME").status());
            assertEquals(404, server.send("PUT", "/services/" + serviceId, validService()).status());
            assertEquals(404, server.get("/issues/ACME-1/service").status());

            permissions.loggedIn(null);
            assertEquals(401, server.get("/budgets/" + id).status());

            permissions.loggedIn("pm");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> history = (List<Map<String, Object>>) server.get("/budgets/" + id + "/audit").json();
            assertTrue(history.stream().anyMatch(r -> "CREATED".equals(r.get("action")) && "name".equals(r.get("field"))
                    && "Website relaunch".equals(r.get("to")) && "pm".equals(r.get("authorKey"))), history.toString());
            assertTrue(history.stream().anyMatch(r -> "ISSUE".equals(r.get("objectType"))
                    && "ASSIGNED".equals(r.get("action"))), history.toString());
            new Fixtures(Stores.on(ao, store)).approved(10, 100, serviceId, "2026-10-01", 3600, true);
            Map<String, Object> summary = server.get("/budgets/" + id + "/summary").map();
            assertEquals("174.89", summary.get("usedAmount")); // 120.00 + 49.90 x 1.10 = 120.00 + 54.89
            assertEquals("1.00", summary.get("usedHours"));
            assertEquals(409, server.send("DELETE", "/budgets/" + id, null).status());
            assertEquals(204, server.send("DELETE", "/budgets/" + id + "?confirm=true", null).status());
            assertEquals(404, server.get("/budgets/" + id).status());
        }
    }
}
