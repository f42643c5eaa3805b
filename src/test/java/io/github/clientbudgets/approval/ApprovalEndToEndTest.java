package io.github.clientbudgets.approval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 5's story end to end over HTTP on the dev host, with the users of the contract: {@code dev} logs work through
 * Jira's REST; the client doesn't see it; {@code pm} approves; the client sees it; {@code dev} edits the worklog; the
 * client still sees the approved figure until {@code pm} approves the revision; then the new one.
 */
class ApprovalEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/rest/client-budgets/1.0";

    @Test
    void theClientSeesOnlyWhatPmApproved() throws Exception {
        try (DevHost host = TestHosts.start()) {
            long website = budgetNamed(host, "ACME", "Website relaunch");
            String day = TestHosts.DEMO_START.plusMonths(2).plusDays(9).toString();
            String clientTime = BASE + "/portal/budgets/" + website + "/time?from=" + day + "&to=" + day + "&limit=500";

            HttpResponse<String> logged = call(host, "dev", "POST", "/rest/api/2/issue/ACME-4/worklog",
                    "{\"timeSpentSeconds\":4500,\"started\":\"" + day + "T10:00:00.000+0000\",\"comment\":\"Hero banner\"}");
            assertEquals(201, logged.statusCode(), logged.body());
            long worklog = Long.parseLong(String.valueOf(JSON.readValue(logged.body(), Map.class).get("id")));
            long entry = entryOfWorklog(host, website, worklog);
            assertTrue(clientEntry(host, clientTime, entry).isEmpty(), "pending time is not the client's to see");

            assertEquals("[" + entry + "]", String.valueOf(JSON.readValue(call(host, "pm", "POST",
                    BASE + "/time-entries/approve", "{\"ids\":[" + entry + "]}").body(), Map.class).get("approved")));
            assertEquals(4500, seconds(clientEntry(host, clientTime, entry).orElseThrow()), "approved: the client sees it");

            HttpResponse<String> edited = call(host, "dev", "PUT", "/rest/api/2/issue/ACME-4/worklog/" + worklog,
                    "{\"timeSpentSeconds\":9000}");
            assertEquals(200, edited.statusCode(), edited.body());
            assertEquals(4500, seconds(clientEntry(host, clientTime, entry).orElseThrow()),
                    "an edit in Jira changes nothing the client sees");

            call(host, "pm", "POST", BASE + "/time-entries/approve-revision", "{\"ids\":[" + entry + "]}");
            assertEquals(9000, seconds(clientEntry(host, clientTime, entry).orElseThrow()), "until pm approves the revision");

            HttpResponse<String> deleted = call(host, "dev", "DELETE", "/rest/api/2/issue/ACME-4/worklog/" + worklog, null);
            assertEquals(204, deleted.statusCode(), deleted.body());
            assertEquals(9000, seconds(clientEntry(host, clientTime, entry).orElseThrow()), "a deletion waits for review too");
            call(host, "pm", "POST", BASE + "/time-entries/approve-revision", "{\"ids\":[" + entry + "]}");
            assertTrue(clientEntry(host, clientTime, entry).isEmpty(), "gone once pm approves the deletion");
        }
    }

    private static long seconds(Map<String, Object> clientEntry) {
        return ((Number) clientEntry.get("seconds")).longValue();
    }

    private static Optional<Map<String, Object>> clientEntry(DevHost host, String path, long entryId) throws Exception {
        HttpResponse<String> r = call(host, "client", "GET", path, null);
        assertEquals(200, r.statusCode(), r.body());
        Map<String, Object> page = JSON.readValue(r.body(), new TypeReference<>() { });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) page.get("entries");
        return entries.stream().filter(e -> ((Number) e.get("id")).longValue() == entryId).findFirst();
    }

    private static long entryOfWorklog(DevHost host, long budgetId, long worklogId) throws Exception {
        for (int start = 0; start < 10_000; start += 500) {
            Map<String, Object> page = JSON.readValue(call(host, "pm", "GET", BASE + "/time-entries?budgetId=" + budgetId
                    + "&limit=500&start=" + start, null).body(), new TypeReference<>() { });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> entries = (List<Map<String, Object>>) page.get("entries");
            for (Map<String, Object> e : entries) {
                if (((Number) e.get("worklogId")).longValue() == worklogId) {
                    return ((Number) e.get("id")).longValue();
                }
            }
            if (entries.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("no entry for worklog " + worklogId);
    }

    private static long budgetNamed(DevHost host, String projectKey, String name) throws Exception {
        List<Map<String, Object>> budgets = JSON.readValue(call(host, "pm", "GET", BASE + "/budgets?projectKey=" + projectKey,
                null).body(), new TypeReference<>() { });
        return budgets.stream().filter(b -> name.equals(b.get("name"))).mapToLong(b -> ((Number) b.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    private static HttpResponse<String> call(DevHost host, String user, String method, String path, String json) {
        HttpRequest.Builder r = TestHosts.request(host, path).header("Accept", "application/json")
                .header("Authorization", TestHosts.credentials(user));
        if (json != null) {
            r.header("Content-Type", "application/json");
        }
        return TestHosts.send(r.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }
}
