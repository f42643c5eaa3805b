package io.github.clientbudgets.budget;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.access.ClientGrantEntity;
import io.github.clientbudgets.audit.AuditEntity;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.db.DatabaseSpec;
import io.github.clientbudgets.devhost.db.EmbeddedPostgresServer;
import io.github.clientbudgets.devhost.testing.RacingWriters;
import io.github.clientbudgets.expense.ExpenseEntity;
import io.github.clientbudgets.service.ServiceEntity;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many parallel writers on the lines of a budget and on client grants, through two dev hosts on one PostgreSQL (two
 * Data Center nodes): every invariant holds (one default service per budget, one grant per grantee), of many full
 * updates from one version exactly one wins, an edit racing a decision never undoes it, and nothing answers 5xx.
 */
class LineWritesOnTwoNodesTest {
    private static final String BASE = "/rest/client-budgets/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITERS = 12;

    private static EmbeddedPostgresServer postgres;
    private static DevHost a;
    private static DevHost b;
    private static ActiveObjects ao;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgresServer.start();
        DatabaseSpec db = postgres.createDatabase("lines");
        a = DevHost.start(TestHosts.clusterNode(db, "node-a"));
        b = DevHost.start(TestHosts.clusterNode(db, "node-b"));
        ao = a.components().get(ActiveObjects.class);
    }

    @AfterAll
    static void stop() throws Exception {
        b.close();
        a.close();
        postgres.close();
    }

    @Test
    void parallelFirstServicesOfFreshBudgetsLeaveExactlyOneDefaultEach() throws Exception {
        List<Long> defaultsPerBudget = new ArrayList<>();
        List<Integer> answers = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            long budget = freshBudget("Race " + round);
            List<Callable<HttpResponse<String>>> writes = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                String body = "{\"name\":\"Line " + i + "\",\"billing\":\"HOURLY\",\"rate\":\"90.00\""
                        + (i % 2 == 0 ? ",\"isDefault\":true" : "") + "}";
                DevHost node = i % 2 == 0 ? a : b;
                String user = i % 3 == 0 ? "admin" : "pm";
                writes.add(() -> send(node, user, "POST", BASE + "/budgets/" + budget + "/services", body));
            }
            race(writes).forEach(r -> answers.add(r.statusCode()));
            assertEquals(WRITERS, ao.count(ServiceEntity.class, Query.select().where(ServiceEntity.BUDGET_ID + " = ?", budget)));
            defaultsPerBudget.add((long) ao.count(ServiceEntity.class, Query.select().where(ServiceEntity.BUDGET_ID
                    + " = ? AND " + ServiceEntity.DEFAULT_SERVICE + " = ?", budget, true)));
        }
        System.out.printf("[line-writes] first services: 5 budgets x %d writers, defaults per budget %s, answers %s%n",
                WRITERS, defaultsPerBudget, answers.stream().distinct().toList());
        assertEquals(List.of(201), answers.stream().distinct().toList(), "every creation acknowledged");
        assertEquals(List.of(1L, 1L, 1L, 1L, 1L), defaultsPerBudget, "exactly one default service per budget");
    }

    @Test
    void ofParallelServiceUpdatesFromOneVersionOneWinsAndTheOthersChangeNothing() throws Exception {
        long budget = freshBudget("Contested services");
        JsonNode service = json(send(a, "pm", "POST", BASE + "/budgets/" + budget + "/services",
                "{\"name\":\"Contested\",\"billing\":\"HOURLY\",\"rate\":\"90.00\"}"), 201);
        long id = service.get("id").asLong();
        int version = service.get("version").asInt();
        List<Callable<HttpResponse<String>>> writes = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String body = "{\"name\":\"Contested #" + i + "\",\"billing\":\"HOURLY\",\"rate\":\"9" + i + ".00\",\"version\":" + version + "}";
            DevHost node = i % 2 == 0 ? a : b;
            writes.add(() -> send(node, "pm", "PUT", BASE + "/services/" + id, body));
        }
        List<HttpResponse<String>> replies = race(writes);
        String winner = oneWinnerRestStale(replies, "services");
        ServiceEntity row = ao.get(ServiceEntity.class, (int) id);
        assertEquals(winner, row.getName());
        assertEquals(version + 1, (int) row.getVersion());
        assertEquals(1, updates("SERVICE", id, "name"), "one name change audited");
    }

    @Test
    void ofParallelExpenseUpdatesFromOneVersionOneWinsAndTheOthersChangeNothing() throws Exception {
        long budget = freshBudget("Contested expenses");
        JsonNode expense = json(send(a, "pm", "POST", BASE + "/budgets/" + budget + "/expenses",
                "{\"date\":\"2026-11-05\",\"description\":\"Contested\",\"amount\":\"10.00\"}"), 201);
        long id = expense.get("id").asLong();
        int version = expense.get("version").asInt();
        List<Callable<HttpResponse<String>>> writes = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String body = "{\"date\":\"2026-11-05\",\"description\":\"Contested #" + i + "\",\"amount\":\"1" + i
                    + ".00\",\"version\":" + version + "}";
            DevHost node = i % 2 == 0 ? a : b;
            String user = i % 3 == 0 ? "admin" : "pm";
            writes.add(() -> send(node, user, "PUT", BASE + "/expenses/" + id, body));
        }
        String winner = oneWinnerRestStale(race(writes), "expenses");
        assertEquals(winner, ao.get(ExpenseEntity.class, (int) id).getDescription());
        assertEquals(1, updates("EXPENSE", id, "description"), "one description change audited");
    }

    /**
     * An edit (PM) racing an approval (admin) of the same pending expense: either the approval comes first and the
     * edit, made from the old version, gets 409; or the edit comes first and the approval decides on the edited
     * figures. Never both acknowledged with the approval undone.
     */
    @Test
    void anEditRacingAnApprovalNeverUndoesIt() throws Exception {
        long budget = budgetNamed("Website relaunch");
        int rounds = 10;
        int lost = 0;
        List<String> outcomes = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            JsonNode created = json(send(a, "pm", "POST", BASE + "/budgets/" + budget + "/expenses",
                    "{\"date\":\"2026-11-06\",\"description\":\"Raced " + round + "\",\"amount\":\"10.00\"}"), 201);
            long id = created.get("id").asLong();
            String edit = "{\"date\":\"2026-11-06\",\"description\":\"Raced " + round + " (edited)\",\"amount\":\"20.00\",\"version\":"
                    + created.get("version").asInt() + "}";
            List<HttpResponse<String>> replies = race(List.of(
                    () -> send(a, "pm", "PUT", BASE + "/expenses/" + id, edit),
                    () -> send(b, "admin", "POST", BASE + "/expenses/approve", "{\"ids\":[" + id + "]}")));
            int editStatus = replies.get(0).statusCode();
            assertTrue(editStatus == 200 || editStatus == 409, replies.get(0).body());
            assertEquals(200, replies.get(1).statusCode(), replies.get(1).body());
            boolean approved = JSON.readTree(replies.get(1).body()).get("approved").toString().contains(String.valueOf(id));
            ExpenseEntity row = ao.get(ExpenseEntity.class, (int) id);
            outcomes.add(editStatus + (approved ? "+approved" : "+refused") + "=" + row.getStatus());
            if (approved && !"APPROVED".equals(row.getStatus())) {
                lost++; // an acknowledged approval undone by the edit
            }
            if (editStatus == 200 && !row.getDescription().endsWith("(edited)")) {
                lost++;
            }
        }
        System.out.printf("[line-writes] edit vs approval: %d rounds, %d lost, %s%n", rounds, lost, outcomes);
        assertEquals(0, lost, outcomes.toString());
    }

    @Test
    void parallelLocksAndUnlocksOfOneMonthLeaveOneRowAndOneAuditRowEach() throws Exception {
        long budget = budgetNamed("Website relaunch");
        String path = BASE + "/budgets/" + budget + "/locks/2026-08";
        for (String method : List.of("PUT", "DELETE")) {
            List<Callable<HttpResponse<String>>> writes = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                DevHost node = i % 2 == 0 ? a : b;
                String user = i % 3 == 0 ? "admin" : "pm";
                writes.add(() -> send(node, user, method, path, null));
            }
            List<Integer> answers = race(writes).stream().map(HttpResponse::statusCode).toList();
            System.out.printf("[line-writes] %s of one month by %d writers: %s%n", method, WRITERS, answers.stream().distinct().toList());
            assertEquals(List.of(204), answers.stream().distinct().toList(), method + " acknowledged to all: " + answers);
            assertEquals(method.equals("PUT") ? 1 : 0, ao.count(io.github.clientbudgets.approval.PeriodLockEntity.class,
                    Query.select().where(io.github.clientbudgets.approval.PeriodLockEntity.BUDGET_ID + " = ? AND "
                            + io.github.clientbudgets.approval.PeriodLockEntity.MONTH + " = ?", budget, 202608)));
            assertEquals(1, ao.count(AuditEntity.class, Query.select().where(AuditEntity.OBJECT_TYPE + " = ? AND "
                    + AuditEntity.ACTION + " = ? AND " + AuditEntity.BUDGET_ID + " = ? AND "
                    + (method.equals("PUT") ? AuditEntity.NEW_VALUE : AuditEntity.OLD_VALUE) + " = ?", "PERIOD",
                    method.equals("PUT") ? "LOCKED" : "UNLOCKED", budget, "2026-08")), "one audit row for the one effective " + method);
        }
    }

    @Test
    void parallelGrantsOfOneGranteeLeaveOneRowAndAnswerIt() throws Exception {
        // dev2 has no grant on GLOBEX in the demo data
        String key = json(send(a, "pm", "GET", BASE + "/projects/GLOBEX/grantable-users?q=dev2", null), 200).get(0).get("key").asText();
        List<Callable<HttpResponse<String>>> writes = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            DevHost node = i % 2 == 0 ? a : b;
            String user = i % 3 == 0 ? "admin" : "pm";
            writes.add(() -> send(node, user, "POST", BASE + "/projects/GLOBEX/client-grants",
                    "{\"userKey\":\"" + key + "\"}"));
        }
        List<HttpResponse<String>> replies = race(writes);
        List<Long> ids = new ArrayList<>();
        for (HttpResponse<String> r : replies) {
            assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.statusCode() + " " + r.body());
            ids.add(JSON.readTree(r.body()).get("id").asLong());
        }
        System.out.printf("[line-writes] grants: %d writers, ids answered %s%n", WRITERS, ids.stream().distinct().toList());
        assertEquals(1, ids.stream().distinct().count(), "every writer is answered the one grant: " + ids);
        long project = JSON.readTree(replies.get(0).body()).get("projectId").asLong();
        assertEquals(1, ao.count(ClientGrantEntity.class, Query.select().where(ClientGrantEntity.USER_KEY + " = ? AND "
                + ClientGrantEntity.PROJECT_ID + " = ?", key, project)), "one grant row");
        assertEquals(1, ao.count(AuditEntity.class, Query.select().where(AuditEntity.OBJECT_TYPE + " = ? AND "
                + AuditEntity.OBJECT_ID + " = ? AND " + AuditEntity.ACTION + " = ? AND " + AuditEntity.FIELD + " = ?",
                "client-grant", ids.get(0), "CREATED", "userKey")), "one creation audited");
    }

    private static String oneWinnerRestStale(List<HttpResponse<String>> replies, String what) throws Exception {
        List<Integer> answers = new ArrayList<>();
        String winner = null;
        for (HttpResponse<String> r : replies) {
            answers.add(r.statusCode());
            if (r.statusCode() == 200) {
                JsonNode body = JSON.readTree(r.body());
                winner = body.has("name") ? body.get("name").asText() : body.get("description").asText();
            } else {
                assertTrue(r.body().contains("\"version\""), r.body());
            }
        }
        System.out.printf("[line-writes] %s: %d updates from one version: %s%n", what, replies.size(), answers);
        assertEquals(1, answers.stream().filter(s -> s == 200).count(), "one update wins: " + answers);
        assertEquals(replies.size() - 1, answers.stream().filter(s -> s == 409).count(), "the others are stale: " + answers);
        return winner;
    }

    /** A time-and-materials budget of ACME without services. */
    private static long freshBudget(String name) throws Exception {
        return json(send(a, "pm", "POST", BASE + "/budgets", "{\"projectKey\":\"ACME\",\"name\":\"" + name
                + "\",\"type\":\"TIME_AND_MATERIALS\",\"currency\":\"EUR\",\"startDate\":\"2026-09-01\",\"totalHours\":\"20\"}"), 201)
                .get("id").asLong();
    }

    private static long budgetNamed(String name) {
        return ao.find(BudgetEntity.class, Query.select().where(BudgetEntity.NAME + " = ?", name))[0].getID();
    }

    private static long updates(String type, long id, String field) {
        return ao.count(AuditEntity.class, Query.select().where(AuditEntity.OBJECT_TYPE + " = ? AND " + AuditEntity.OBJECT_ID
                + " = ? AND " + AuditEntity.FIELD + " = ? AND " + AuditEntity.ACTION + " = ?", type, id, field, "UPDATED"));
    }

    /** Starts every call at once and returns the replies in the order of the calls; none may be a 5xx. */
    private static List<HttpResponse<String>> race(List<Callable<HttpResponse<String>>> calls) throws Exception {
        List<HttpResponse<String>> replies = RacingWriters.atOnce(calls);
        for (HttpResponse<String> r : replies) {
            assertTrue(r.statusCode() < 500, "no 5xx: " + r.statusCode() + " " + r.body());
        }
        return replies;
    }

    private static JsonNode json(HttpResponse<String> r, int status) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> send(DevHost host, String user, String method, String path, String json) {
        return RacingWriters.request(host, user, method, path, json);
    }
}
