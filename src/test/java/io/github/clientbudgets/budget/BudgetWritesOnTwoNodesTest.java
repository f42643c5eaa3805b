package io.github.clientbudgets.budget;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.audit.AuditEntity;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.db.DatabaseSpec;
import io.github.clientbudgets.devhost.db.EmbeddedPostgresServer;
import io.github.clientbudgets.devhost.testing.RacingWriters;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parallel PMs on one budget, through two dev hosts on one PostgreSQL (two Data Center nodes), every transaction at
 * the platform's isolation: toggles of different switches never undo each other, and of many full updates made from
 * the same version exactly one wins, the rest get 409 and change nothing; no 5xx, and the audit tells each effective
 * change once.
 */
class BudgetWritesOnTwoNodesTest {
    private static final String BASE = "/rest/client-budgets/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void parallelWritersLoseNothingAndStaleUpdatesChangeNothing() throws Exception {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start()) {
            DatabaseSpec db = postgres.createDatabase("writes");
            try (DevHost a = DevHost.start(TestHosts.clusterNode(db, "node-a"));
                 DevHost b = DevHost.start(TestHosts.clusterNode(db, "node-b"))) {
                ActiveObjects ao = a.components().get(ActiveObjects.class);
                BudgetEntity row = ao.find(BudgetEntity.class, Query.select().where(BudgetEntity.NAME + " = ?", "Internal tooling"))[0];
                long id = row.getID();
                // 1. client access off (node A) against comments on (node B), 20 rounds
                int rounds = 20;
                int lost = 0;
                List<Integer> statuses = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    assertEquals(200, put(a, "pm", BASE + "/budgets/" + id + "/client-access", "{\"enabled\":true}").statusCode());
                    assertEquals(200, put(a, "pm", BASE + "/budgets/" + id + "/comments", "{\"enabled\":false}").statusCode());
                    statuses.addAll(RacingWriters.atOnce(List.<Callable<Integer>>of(
                            () -> put(a, "pm", BASE + "/budgets/" + id + "/client-access", "{\"enabled\":false}").statusCode(),
                            () -> put(b, "admin", BASE + "/budgets/" + id + "/comments", "{\"enabled\":true}").statusCode())));
                    BudgetEntity now = ao.get(BudgetEntity.class, (int) id);
                    if (now.isClientAccess() || !now.isShowComments()) {
                        lost++;
                    }
                }
                assertEquals(List.of(200), statuses.stream().distinct().toList(), "every toggle acknowledged: " + statuses);
                assertEquals(0, lost, "acknowledged toggles undone by the other");
                // each round switches client access on and off once: the audit has exactly those rows
                assertEquals(rounds, audits(ao, id, "clientAccess", "true", "false"), "switched off once per round");
                assertEquals(rounds, audits(ao, id, "clientAccess", "false", "true"), "and on once per round");
                assertEquals(rounds, audits(ao, id, "showComments", "false", "true"));

                // 2. sixteen full updates from the same version, on both nodes
                Map<String, Object> budget = JSON.readValue(TestHosts.get(a, BASE + "/budgets/" + id, "pm").body(), Map.class);
                int version = (Integer) budget.get("version");
                List<Callable<HttpResponse<String>>> updates = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    Map<String, Object> body = new LinkedHashMap<>(budget);
                    body.put("name", "Internal tooling #" + i);
                    body.put("version", version);
                    String json = JSON.writeValueAsString(body);
                    DevHost node = i % 2 == 0 ? a : b;
                    String user = i % 3 == 0 ? "admin" : "pm";
                    updates.add(() -> put(node, user, BASE + "/budgets/" + id, json));
                }
                List<Integer> answers = new ArrayList<>();
                String winner = null;
                for (HttpResponse<String> r : RacingWriters.atOnce(updates)) {
                    answers.add(r.statusCode());
                    if (r.statusCode() == 200) {
                        winner = (String) JSON.readValue(r.body(), Map.class).get("name");
                    } else {
                        assertTrue(r.body().contains("\"version\""), r.body());
                    }
                }
                System.out.printf("[budget-writes] toggles: %d rounds x 2 writers, %d lost; full updates: %s%n",
                        rounds, lost, answers);
                assertEquals(1, answers.stream().filter(s -> s == 200).count(), "one update wins: " + answers);
                assertEquals(15, answers.stream().filter(s -> s == 409).count(), "the others are stale: " + answers);
                assertEquals(winner, ao.get(BudgetEntity.class, (int) id).getName());
                assertEquals(version + 1, (int) ao.get(BudgetEntity.class, (int) id).getVersion());
                assertEquals(1, ao.count(AuditEntity.class, Query.select().where(AuditEntity.OBJECT_TYPE + " = ? AND "
                        + AuditEntity.OBJECT_ID + " = ? AND " + AuditEntity.FIELD + " = ? AND " + AuditEntity.ACTION + " = ?",
                        "BUDGET", id, "name", "UPDATED")), "one name change audited (besides the creation)");
            }
        }
    }

    private static long audits(ActiveObjects ao, long id, String field, String from, String to) {
        return ao.count(AuditEntity.class, Query.select().where(AuditEntity.OBJECT_TYPE + " = ? AND " + AuditEntity.OBJECT_ID
                + " = ? AND " + AuditEntity.FIELD + " = ? AND " + AuditEntity.OLD_VALUE + " = ? AND " + AuditEntity.NEW_VALUE + " = ?",
                "BUDGET", id, field, from, to));
    }

    private static HttpResponse<String> put(DevHost host, String user, String path, String json) {
        return RacingWriters.request(host, user, "PUT", path, json);
    }
}
