package io.github.clientbudgets.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The time-entry and period-lock REST over real HTTP against the dev host with the demo data: every endpoint as every
 * demo user, bad input answered 400 with the field, and a worklog's way from Jira's REST through approval, edit and
 * revision.
 */
class TimeEntriesRestOnDevHostTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/rest/client-budgets/1.0";
    private static final List<String> USERS = List.of("dev", "client", "other", "anonymous", "pm", "admin");
    private static DevHost host;
    private static long website;

    @BeforeAll
    static void start() throws Exception {
        host = TestHosts.start();
        List<Map<String, Object>> budgets = JSON.readValue(call("pm", "GET", BASE + "/budgets?projectKey=ACME", null).body(),
                new TypeReference<>() { });
        website = budgets.stream().filter(b -> "Website relaunch".equals(b.get("name")))
                .mapToLong(b -> ((Number) b.get("id")).longValue()).findFirst().orElseThrow();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    static HttpResponse<String> call(String user, String method, String path, String json) {
        HttpRequest.Builder r = TestHosts.request(host, path).header("Accept", "application/json");
        if (!"anonymous".equals(user)) {
            r.header("Authorization", TestHosts.basic(user));
        }
        if (json != null) {
            r.header("Content-Type", "application/json");
        }
        return TestHosts.send(r.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static Map<String, Object> json(HttpResponse<String> response) {
        try {
            return JSON.readValue(response.body(), new TypeReference<>() { });
        } catch (Exception e) {
            throw new AssertionError(response.statusCode() + " " + response.body(), e);
        }
    }

    /** dev logs work on an ACME issue through Jira's REST; returns the worklog id. */
    private static long logWork(String issueKey, String day, int seconds, String comment) {
        HttpResponse<String> r = call("dev", "POST", "/rest/api/2/issue/" + issueKey + "/worklog",
                "{\"timeSpentSeconds\":" + seconds + ",\"started\":\"" + day + "T09:00:00.000+0000\",\"comment\":\""
                        + comment + "\"}");
        assertEquals(201, r.statusCode(), r.body());
        return Long.parseLong(String.valueOf(json(r).get("id")));
    }

    /** The entry of a worklog, as pm sees it in the budget's list. */
    private static Map<String, Object> entryOfWorklog(long worklogId) {
        for (int start = 0; start < 5000; start += 500) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> page = (List<Map<String, Object>>) json(call("pm", "GET",
                    BASE + "/time-entries?budgetId=" + website + "&limit=500&start=" + start, null)).get("entries");
            for (Map<String, Object> e : page) {
                if (((Number) e.get("worklogId")).longValue() == worklogId) {
                    return e;
                }
            }
            if (page.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("no entry for worklog " + worklogId);
    }

    private static long freshPendingEntry() {
        long worklog = logWork("ACME-1", TestHosts.DEMO_START.plusMonths(2).plusDays(3).toString(), 1800, "matrix");
        return ((Number) entryOfWorklog(worklog).get("id")).longValue();
    }

    private record Endpoint(String name, String method, Supplier<String> path, Supplier<String> body, int okStatus,
                            boolean approverOnly) {
    }

    private static List<Endpoint> endpoints() {
        List<Endpoint> list = new ArrayList<>();
        list.add(new Endpoint("list", "GET", () -> BASE + "/time-entries?budgetId=" + website, () -> null, 200, false));
        list.add(new Endpoint("review queue", "GET", () -> BASE + "/time-entries/review-queue", () -> null, 200, false));
        list.add(new Endpoint("mine", "GET", () -> BASE + "/time-entries/mine", () -> null, 200, false));
        list.add(new Endpoint("history", "GET", () -> BASE + "/time-entries/" + freshPendingEntry() + "/history",
                () -> null, 200, false));
        list.add(new Endpoint("update", "PUT", () -> BASE + "/time-entries/" + freshPendingEntry(),
                () -> "{\"billable\":false,\"clientNote\":\"Workshop\"}", 200, true));
        list.add(new Endpoint("locks", "GET", () -> BASE + "/budgets/" + website + "/locks", () -> null, 200, false));
        list.add(new Endpoint("lock", "PUT", () -> BASE + "/budgets/" + website + "/locks/2026-09", () -> null, 204, true));
        list.add(new Endpoint("unlock", "DELETE", () -> BASE + "/budgets/" + website + "/locks/2026-09", () -> null, 204, true));
        return list;
    }

    private static int expected(Endpoint endpoint, String user) {
        return switch (user) {
            case "anonymous" -> 401;
            case "client", "other" -> 403; // unlicensed: the platform refuses team endpoints before our code runs
            case "dev" -> endpoint.approverOnly() ? 403 : 200;
            default -> endpoint.okStatus();
        };
    }

    @Test
    void everyEndpointAnswersEveryUserAsTheRulesSay() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (String user : USERS) {
                String path = endpoint.path().get();
                HttpResponse<String> r = call(user, endpoint.method(), path, endpoint.body().get());
                if (r.statusCode() != expected(endpoint, user)) {
                    wrong.add(endpoint.name() + " as " + user + ": " + r.statusCode() + " (want " + expected(endpoint, user)
                            + ") " + r.body());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void decisionsAnswerPerEntryAndOnlyApproversSucceed() {
        long entry = freshPendingEntry();
        String body = "{\"ids\":[" + entry + "]}";
        assertEquals(401, call("anonymous", "POST", BASE + "/time-entries/approve", body).statusCode());
        assertEquals(403, call("client", "POST", BASE + "/time-entries/approve", body).statusCode());
        Map<String, Object> byDev = json(call("dev", "POST", BASE + "/time-entries/approve", body));
        assertEquals(List.of(), byDev.get("approved"));
        assertTrue(byDev.get("failed").toString().contains("NOT_AN_APPROVER"), byDev.toString());
        assertEquals("PENDING", entryOfWorklog(((Number) entryById(entry).get("worklogId")).longValue()).get("status"));

        Map<String, Object> byPm = json(call("pm", "POST", BASE + "/time-entries/reject",
                "{\"ids\":[" + entry + "],\"reason\":\"Belongs to the support retainer\"}"));
        assertEquals("[" + entry + "]", String.valueOf(byPm.get("rejected")), byPm.toString());
        List<Map<String, Object>> mine = JSON.convertValue(
                readList(call("dev", "GET", BASE + "/time-entries/mine?status=REJECTED", null)), new TypeReference<>() { });
        assertTrue(mine.stream().anyMatch(e -> ((Number) e.get("id")).longValue() == entry
                && "Belongs to the support retainer".equals(e.get("rejectionReason"))), mine.toString());
        assertTrue(host.platform().mail().sentMails().stream().anyMatch(m -> m.body().contains("Belongs to the support retainer") && m.body().contains(host.baseUrl() + "/plugins/servlet/client-budgets/my-time")),
                "dev is told by mail");
    }

    private static Map<String, Object> entryById(long id) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> page = (List<Map<String, Object>>) json(call("pm", "GET",
                BASE + "/time-entries?budgetId=" + website + "&limit=500&status=PENDING", null)).get("entries");
        return page.stream().filter(e -> ((Number) e.get("id")).longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("entry " + id + " not pending"));
    }

    private static List<Object> readList(HttpResponse<String> r) {
        try {
            assertEquals(200, r.statusCode(), r.body());
            return JSON.readValue(r.body(), new TypeReference<>() { });
        } catch (Exception e) {
            throw new AssertionError(r.body(), e);
        }
    }

    @Test
    void badInputIsA400WithTheFieldAndChangesNothing() {
        long entry = freshPendingEntry();
        String tooMany = LongStream.rangeClosed(1, 1001).mapToObj(Long::toString).collect(Collectors.joining(","));
        Map<String, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put("ids not a list", new String[]{"POST", BASE + "/time-entries/approve", "{\"ids\":\"" + entry + "\"}", "ids"});
        cases.put("ids not ids", new String[]{"POST", BASE + "/time-entries/approve", "{\"ids\":[\"x\", -1]}", "ids"});
        cases.put("too many ids", new String[]{"POST", BASE + "/time-entries/approve", "{\"ids\":[" + tooMany + "]}", "ids"});
        cases.put("no reason", new String[]{"POST", BASE + "/time-entries/reject", "{\"ids\":[" + entry + "]}", "reason"});
        cases.put("blank reason", new String[]{"POST", BASE + "/time-entries/reject", "{\"ids\":[" + entry + "],\"reason\":\" \"}", "reason"});
        cases.put("reason not text", new String[]{"POST", BASE + "/time-entries/reject", "{\"ids\":[" + entry + "],\"reason\":5}", "reason"});
        cases.put("billable not boolean", new String[]{"PUT", BASE + "/time-entries/" + entry, "{\"billable\":\"yes\"}", "billable"});
        cases.put("service of another project", new String[]{"PUT", BASE + "/time-entries/" + entry, "{\"serviceId\":" + globexService() + "}", "serviceId"});
        cases.put("service not an id", new String[]{"PUT", BASE + "/time-entries/" + entry, "{\"serviceId\":\"abc\"}", "serviceId"});
        cases.put("note too long", new String[]{"PUT", BASE + "/time-entries/" + entry, "{\"clientNote\":\"" + "x".repeat(2001) + "\"}", "clientNote"});
        cases.put("unknown status", new String[]{"GET", BASE + "/time-entries?budgetId=" + website + "&status=FOO", null, "status"});
        cases.put("bad from", new String[]{"GET", BASE + "/time-entries?budgetId=" + website + "&from=2026-13-01", null, "from"});
        cases.put("no budget", new String[]{"GET", BASE + "/time-entries", null, "budgetId"});
        cases.put("bad queue date", new String[]{"GET", BASE + "/time-entries/review-queue?to=yesterday", null, "to"});
        cases.put("bad month", new String[]{"PUT", BASE + "/budgets/" + website + "/locks/2026-1", null, "month"});
        String before = call("pm", "GET", BASE + "/time-entries?budgetId=" + website + "&limit=500", null).body();
        List<String> wrong = new ArrayList<>();
        cases.forEach((name, c) -> {
            HttpResponse<String> r = call("pm", c[0], c[1], c[2]);
            if (r.statusCode() != 400 || !json(r).toString().contains(c[3] + "=")) {
                wrong.add(name + ": " + r.statusCode() + " " + r.body());
            }
        });
        assertEquals(List.of(), wrong);
        assertEquals(before, call("pm", "GET", BASE + "/time-entries?budgetId=" + website + "&limit=500", null).body(),
                "nothing changed");
    }

    private static long globexService() {
        List<Map<String, Object>> budgets = JSON.convertValue(readList(call("pm", "GET", BASE + "/budgets?projectKey=GLOBEX", null)),
                new TypeReference<>() { });
        long retainer = ((Number) budgets.get(0).get("id")).longValue();
        List<Map<String, Object>> services = JSON.convertValue(readList(call("pm", "GET", BASE + "/budgets/" + retainer + "/services", null)),
                new TypeReference<>() { });
        return ((Number) services.get(0).get("id")).longValue();
    }

    @Test
    void aWorklogGoesFromJiraThroughApprovalAndARevision() {
        long worklog = logWork("ACME-2", TestHosts.DEMO_START.plusMonths(2).plusDays(4).toString(), 3600, "Design review");
        Map<String, Object> entry = entryOfWorklog(worklog);
        long id = ((Number) entry.get("id")).longValue();
        assertEquals("PENDING", entry.get("status"));
        assertEquals("Design review", entry.get("comment"));

        json(call("pm", "POST", BASE + "/time-entries/approve", "{\"ids\":[" + id + "]}"));
        @SuppressWarnings("unchecked")
        Map<String, Object> approved = (Map<String, Object>) entryOfWorklog(worklog).get("approved");
        assertNotNull(approved);
        assertEquals(3600, ((Number) approved.get("seconds")).intValue());

        HttpResponse<String> edit = call("dev", "PUT", "/rest/api/2/issue/ACME-2/worklog/" + worklog,
                "{\"timeSpentSeconds\":7200}");
        assertEquals(200, edit.statusCode(), edit.body());
        Map<String, Object> revised = entryOfWorklog(worklog);
        assertEquals("EDIT", revised.get("revision"));
        assertEquals(7200, ((Number) revised.get("seconds")).intValue());
        assertEquals(3600, ((Number) ((Map<?, ?>) revised.get("approved")).get("seconds")).intValue(),
                "the approved figure stands until the revision is approved");

        json(call("pm", "POST", BASE + "/time-entries/approve-revision", "{\"ids\":[" + id + "]}"));
        assertEquals(7200, ((Number) ((Map<?, ?>) entryOfWorklog(worklog).get("approved")).get("seconds")).intValue());
        List<Object> history = readList(call("dev", "GET", BASE + "/time-entries/" + id + "/history", null));
        assertEquals(2, history.size(), history.toString());
    }

    @Test
    void aChangeInALockedMonthIsFlaggedOnTheReviewQueue() {
        long worklog = logWork("ACME-3", TestHosts.DEMO_START.plusDays(3).toString(), 1800, "late fix");
        long id = ((Number) entryOfWorklog(worklog).get("id")).longValue();
        String month = TestHosts.DEMO_START.toString().substring(0, 7);
        assertEquals(204, call("pm", "PUT", BASE + "/budgets/" + website + "/locks/" + month, null).statusCode());
        try {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> queue = (List<Map<String, Object>>) json(call("pm", "GET",
                    BASE + "/time-entries/review-queue?budgetId=" + website, null)).get("entries");
            Map<String, Object> entry = queue.stream().filter(e -> ((Number) e.get("id")).longValue() == id).findFirst()
                    .orElseThrow(() -> new AssertionError("entry " + id + " not in the queue"));
            assertEquals(true, entry.get("periodLocked"));
            assertTrue(queue.stream().anyMatch(e -> Boolean.FALSE.equals(e.get("periodLocked"))), "other months aren't flagged");
        } finally {
            call("pm", "DELETE", BASE + "/budgets/" + website + "/locks/" + month, null);
        }
    }
}
