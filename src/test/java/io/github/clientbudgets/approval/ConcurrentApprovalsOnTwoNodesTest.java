package io.github.clientbudgets.approval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.db.DatabaseSpec;
import io.github.clientbudgets.devhost.db.EmbeddedPostgresServer;
import io.github.clientbudgets.devhost.testing.RacingWriters;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two dev hosts on one PostgreSQL are two Data Center nodes. Reviewers on both approve and reject the same entries
 * at the same moment; afterwards each entry has one state, and its audit trail is one unbroken chain of transitions
 * (no transition recorded twice, none missing) that ends in that state.
 */
class ConcurrentApprovalsOnTwoNodesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/rest/client-budgets/1.0";


    @Test
    void approvalsAndRejectionsOfTheSameEntriesFromTwoNodesEndInOneStateWithOneRowPerTransition() throws Exception {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start()) {
            DatabaseSpec db = postgres.createDatabase("approvals");
            try (DevHost a = DevHost.start(TestHosts.clusterNode(db, "node-a")); DevHost b = DevHost.start(TestHosts.clusterNode(db, "node-b"))) {
                List<Long> pending = new ArrayList<>();
                for (Map<String, Object> e : entries(call(a, "pm", "GET", BASE + "/time-entries/review-queue", null))) {
                    if ("PENDING".equals(e.get("status"))) {
                        pending.add(((Number) e.get("id")).longValue());
                    }
                }
                assertTrue(pending.size() >= 20, "the demo has pending entries to fight over: " + pending.size());
                String ids = JSON.writeValueAsString(Map.of("ids", pending));
                String reject = JSON.writeValueAsString(Map.of("ids", pending, "reason", "Not billable"));

                long t0 = System.nanoTime();
                System.out.println("[two-nodes] " + pending.size() + " pending entries; racing 4 requests");
                List<HttpResponse<String>> responses = RacingWriters.atOnce(List.<Callable<HttpResponse<String>>>of(
                        () -> call(a, "pm", "POST", BASE + "/time-entries/approve", ids),
                        () -> call(b, "admin", "POST", BASE + "/time-entries/reject", reject),
                        () -> call(b, "pm", "POST", BASE + "/time-entries/approve", ids),
                        () -> call(a, "admin", "POST", BASE + "/time-entries/reject", reject)));
                for (HttpResponse<String> response : responses) {
                    assertEquals(200, response.statusCode(), response.body());
                    Map<String, Object> outcome = JSON.readValue(response.body(), new TypeReference<>() { });
                    // a list, not a set: an entry answered twice (in "approved" and in "failed") must fail the test
                    List<Long> answered = new java.util.ArrayList<>();
                    outcome.values().forEach(list -> ((List<?>) list).forEach(x -> answered.add(x instanceof Map<?, ?> m
                            ? ((Number) m.get("id")).longValue() : ((Number) x).longValue())));
                    assertEquals(pending.stream().sorted().toList(), answered.stream().sorted().toList(),
                            "every entry answered exactly once: " + response.body());
                }

                System.out.printf("[two-nodes] requests done after %d ms%n", (System.nanoTime() - t0) / 1_000_000);
                Map<Long, Map<String, Object>> after = entriesOfBudget(b, budgetOfEntry(b, pending.get(0)));
                for (long id : pending) {
                    Map<String, Object> entry = after.get(id);
                    String state = (String) entry.get("status");
                    assertTrue(Set.of("APPROVED", "REJECTED").contains(state), id + " ended " + state);
                    List<Map<String, Object>> history = JSON.readValue(call(a, "pm", "GET",
                            BASE + "/time-entries/" + id + "/history", null).body(), new TypeReference<>() { });
                    assertTrue(!history.isEmpty(), "entry " + id + " changed, so it has a history");
                    String expectedFrom = "PENDING";
                    for (Map<String, Object> row : history) {
                        assertEquals(expectedFrom, row.get("from"), "entry " + id + " audit chain: " + history);
                        expectedFrom = (String) row.get("to");
                    }
                    assertEquals(state, expectedFrom, "entry " + id + ": the audit ends where the entry is");
                    if ("APPROVED".equals(state)) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> snapshot = (Map<String, Object>) entry.get("approved");
                        assertEquals(entry.get("seconds"), snapshot.get("seconds"), "published as it was");
                    }
                }
            }
        }
    }

    private static Map<Long, Map<String, Object>> entriesOfBudget(DevHost host, long budgetId) throws Exception {
        Map<Long, Map<String, Object>> all = new java.util.HashMap<>();
        for (int start = 0; ; start += 500) {
            List<Map<String, Object>> page = entries(call(host, "pm", "GET", BASE + "/time-entries?budgetId=" + budgetId
                    + "&limit=500&start=" + start, null));
            if (page.isEmpty()) {
                return all;
            }
            page.forEach(e -> all.put(((Number) e.get("id")).longValue(), e));
        }
    }

    private static long budgetOfEntry(DevHost host, long id) {
        return host.store().db().queryLong("SELECT s.\"BUDGET_ID\" FROM \"AO_DF9F5C_TIME_ENTRY\" t JOIN \"AO_DF9F5C_SERVICE\" s"
                + " ON s.\"ID\" = t.\"SERVICE_ID\" WHERE t.\"ID\" = ?", id);
    }

    private static List<Map<String, Object>> entries(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> page = JSON.readValue(response.body(), new TypeReference<>() { });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) page.get("entries");
        return entries;
    }

    private static HttpResponse<String> call(DevHost host, String user, String method, String path, String json) {
        return RacingWriters.request(host, user, method, path, json);
    }
}
