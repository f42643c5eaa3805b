package io.github.clientbudgets.question;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.jsm.HostJsm;
import io.github.clientbudgets.devhost.platform.HostMailQueue;
import com.atlassian.servicedesk.api.request.ServiceDeskCustomerRequestService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Questions over real HTTP on the dev host with the demo data: on ACME (a service desk) a question becomes a JSM
 * request raised by the owner on the client's behalf and its key is stored; on GLOBEX (none) the owner gets a mail
 * in the host's mail queue; a double submit is one question; only what the client's Time tab lists can be questioned;
 * the team confirms, or corrects through a revision the client sees only once approved; the text stays text.
 */
class QuestionsOnDevHostTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/rest/client-budgets/1.0";
    private static final String PORTAL = "/plugins/servlet/client-budgets/portal/budget/";
    private static DevHost host;
    private static long website;
    private static long retainer;
    private static long tooling;

    @BeforeAll
    static void start() {
        host = TestHosts.start();
        website = budget("ACME", "Website relaunch");
        tooling = budget("ACME", "Internal tooling");
        retainer = budget("GLOBEX", "Support retainer");
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void theDemoQuestionIsAJsmRequestRaisedOnTheClientsBehalf() {
        List<Map<String, Object>> mine = list(call("client", "GET", BASE + "/portal/budgets/" + website + "/questions", null));
        Map<String, Object> q = mine.get(mine.size() - 1); // newest first: the demo's is the oldest
        assertEquals(1, ((Number) q.get("id")).intValue(), mine.toString());
        assertEquals("OPEN", q.get("state"));
        String key = (String) q.get("requestKey");
        assertNotNull(key);
        assertTrue(key.startsWith("ACME-"), key);
        assertNull(q.get("clientKey"), "the client's view names nobody");
        HostJsm.HostRequest request = jsm().requests().stream().filter(r -> r.issueKey().equals(key)).findFirst().orElseThrow();
        assertEquals("client", request.reporterKey(), "raised on the client's behalf");
        assertEquals("pm", request.raisedByKey(), "by the budget's owner, an agent");
        assertEquals(11, request.requestTypeId(), "the first request type of ACME's service desk");
        assertTrue(request.description().contains((String) q.get("message")), request.description());
        assertTrue(request.description().contains(PORTAL + website + "?tab=time"), "linked to the budget's Time tab");
        assertTrue(request.summary().contains("Website relaunch"), request.summary());
        assertTrue(host.store().issueByKey(key).isPresent(), "the request is an issue of ACME");

        Map<String, Object> team = list(call("dev", "GET", BASE + "/budgets/" + website + "/questions", null)).stream()
                .filter(t -> t.get("id").equals(q.get("id"))).findFirst().orElseThrow();
        assertEquals("client", team.get("clientKey"));
        assertEquals(q.get("message"), team.get("message"), "the team reads what the client wrote");
    }

    @Test
    void aQuestionIsAskedOnceAndOnlyAboutWhatTheTimeTabLists() {
        long entry = visibleEntries("client", website).get(1);
        HttpResponse<String> first = ask("client", website, entry, "Why on a Sunday?");
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> again = ask("client", website, entry, "Why on a Sunday? (clicked twice)");
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(map(first).get("id"), map(again).get("id"), "a double submit is one question");
        assertEquals("Why on a Sunday?", map(again).get("message"));

        long pending = pendingEntry();
        long globexEntry = visibleEntries("other", retainer).get(0);
        for (long notListed : new long[]{pending, globexEntry, 999_999_999L}) {
            HttpResponse<String> r = ask("client", website, notListed, "What is this?");
            assertEquals(400, r.statusCode(), notListed + ": " + r.body());
            assertTrue(r.body().contains("\"entryId\""), r.body());
        }
        for (String bad : new String[]{"\"\"", "\"   \"", "\"" + "x".repeat(2001) + "\"", "42", "null"}) {
            HttpResponse<String> r = call("client", "POST", BASE + "/portal/budgets/" + website + "/questions",
                    "{\"entryId\":" + entry + ",\"message\":" + bad + "}");
            assertEquals(400, r.statusCode(), bad);
            assertTrue(r.body().contains("\"message\""), r.body());
        }
        assertEquals(400, call("client", "POST", BASE + "/portal/budgets/" + website + "/questions",
                "{\"entryId\":\"x\",\"message\":\"m\"}").statusCode());
        // budgets the client doesn't see: 404, whatever the body
        for (long invisible : new long[]{tooling, retainer, 999_999L}) {
            assertEquals(404, ask("client", invisible, entry, "What is this?").statusCode(), String.valueOf(invisible));
            assertEquals(404, call("client", "GET", BASE + "/portal/budgets/" + invisible + "/questions", null).statusCode());
        }
        assertEquals(401, ask("anonymous", website, entry, "m").statusCode());
    }

    @Test
    void withoutAServiceDeskTheOwnerIsMailedAndTheQuestionKeptByTheApp() {
        String pmMail = host.store().userByName("pm").orElseThrow().getEmailAddress();
        HostMailQueue mail = host.platform().mail();
        int before = mail.sentTo(pmMail).size();
        int requests = jsm().requests().size();
        long entry = visibleEntries("other", retainer).get(0);
        HttpResponse<String> r = ask("other", retainer, entry, "Which ticket was this for?");
        assertEquals(201, r.statusCode(), r.body());
        assertNull(map(r).get("requestKey"), "GLOBEX is no service desk");
        assertEquals(requests, jsm().requests().size(), "no JSM request");
        List<HostMailQueue.SentMail> sent = mail.sentTo(pmMail);
        assertEquals(before + 1, sent.size());
        HostMailQueue.SentMail last = sent.get(sent.size() - 1);
        assertTrue(last.subject().contains("Support retainer"), last.subject());
        assertTrue(last.body().contains("Which ticket was this for?") && last.body().contains(PORTAL + retainer), last.body());
        assertEquals("text/plain", last.mimeType());
        assertTrue(list(call("pm", "GET", BASE + "/budgets/" + retainer + "/questions", null)).stream()
                .anyMatch(q -> q.get("id").equals(map(r).get("id"))));
    }

    @Test
    void approversConfirmAndTheClientReadsTheAnswer() {
        long entry = visibleEntries("client", website).get(2);
        Object id = map(ask("client", website, entry, "What was reviewed?")).get("id");
        String confirm = BASE + "/questions/" + id + "/confirm";
        assertEquals(403, call("dev", "POST", confirm, "{\"answer\":\"ok\"}").statusCode(), "no approver");
        assertEquals(403, call("client", "POST", confirm, "{\"answer\":\"ok\"}").statusCode(), "unlicensed: Jira refuses");
        assertEquals(401, call("anonymous", "POST", confirm, "{\"answer\":\"ok\"}").statusCode());
        assertEquals(404, call("pm", "POST", BASE + "/questions/999999/confirm", "{\"answer\":\"ok\"}").statusCode());
        HttpResponse<String> blank = call("pm", "POST", confirm, "{\"answer\":\" \"}");
        assertEquals(400, blank.statusCode());
        assertTrue(blank.body().contains("\"answer\""), blank.body());

        HttpResponse<String> done = call("pm", "POST", confirm, "{\"answer\":\"The homepage design review.\"}");
        assertEquals(200, done.statusCode(), done.body());
        assertEquals("CONFIRMED", map(done).get("state"));
        assertEquals("pm", map(done).get("answeredBy"));
        HttpResponse<String> twice = call("admin", "POST", BASE + "/questions/" + id + "/correct", "{\"answer\":\"late\"}");
        assertEquals(409, twice.statusCode(), "closed already: " + twice.body());
        Map<String, Object> seen = list(call("client", "GET", BASE + "/portal/budgets/" + website + "/questions", null))
                .stream().filter(q -> q.get("id").equals(id)).findFirst().orElseThrow();
        assertEquals("The homepage design review.", seen.get("answer"));
        assertNull(seen.get("answeredBy"), "the client's view names nobody of the team");
    }

    @Test
    void aCorrectionIsARevisionTheClientSeesOnlyOnceApproved() {
        long worklog = logWork("ACME-4", TestHosts.DEMO_START.plusMonths(2).plusDays(6).toString(), 3600);
        Map<String, Object> entry = entryOfWorklog(worklog);
        long id = ((Number) entry.get("id")).longValue();
        assertEquals(200, call("pm", "POST", BASE + "/time-entries/approve", "{\"ids\":[" + id + "]}").statusCode());
        Object question = map(ask("client", website, id, "One hour for a typo?")).get("id");
        String correct = BASE + "/questions/" + question + "/correct";

        HttpResponse<String> early = call("pm", "POST", correct, "{\"answer\":\"Fixed.\"}");
        assertEquals(409, early.statusCode(), "nothing corrected yet: " + early.body());
        assertTrue(early.body().contains("\"entryId\""), early.body());

        assertEquals(200, call("dev", "PUT", "/rest/api/2/issue/ACME-4/worklog/" + worklog,
                "{\"timeSpentSeconds\":900}").statusCode());
        HttpResponse<String> corrected = call("pm", "POST", correct, "{\"answer\":\"It was 15 minutes; corrected.\"}");
        assertEquals(200, corrected.statusCode(), corrected.body());
        assertEquals("CORRECTED", map(corrected).get("state"));
        assertEquals(3600, clientSeconds(id), "the client keeps the approved figure until the revision is approved");
        assertEquals(200, call("pm", "POST", BASE + "/time-entries/approve-revision", "{\"ids\":[" + id + "]}").statusCode());
        assertEquals(900, clientSeconds(id), "and then sees the corrected one");
    }

    @Test
    void aMessageWithMarkupStaysTextOnBothSides() {
        long entry = visibleEntries("client", website).get(3);
        String script = "<script>alert('q')</script> & <b>bold</b>";
        HttpResponse<String> r = ask("client", website, entry, script);
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(script, map(r).get("message"), "JSON carries the text as written");
        String client = TestHosts.getWithSession(host, PORTAL + website + "?tab=time", TestHosts.login(host, "client")).body();
        String team = TestHosts.getWithSession(host, "/plugins/servlet/client-budgets/budget/" + website,
                TestHosts.login(host, "pm")).body();
        for (String page : List.of(client, team)) {
            assertFalse(page.contains("<script>alert('q')"), "never markup");
            assertFalse(page.contains("<b>bold</b>"));
            assertTrue(page.contains("&lt;script&gt;alert(&#39;q&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"),
                    "shown as the client wrote it, escaped");
        }
    }

    /**
     * The host's JSM refuses what JSM refuses: a request type of another service desk, a reporter who is no customer
     * of the desk, a raise on someone's behalf by a non-agent, parameters not from its own builder; and the app's
     * adapter then raises nothing (the question is kept by the app), also for a project that is no service desk.
     */
    @Test
    void theHostsJsmIsAsStrictAsJsmAndTheAdapterRaisesNothingWhereItRefuses() {
        HostJsm jsm = jsm();
        var pm = host.store().userByName("pm").orElseThrow();
        var client = host.store().userByName("client").orElseThrow();
        var acme = host.store().projectByKey("ACME").orElseThrow();
        var desk = jsm.getServiceDeskForProject(pm, acme);
        com.atlassian.servicedesk.api.requesttype.RequestType foreign = new com.atlassian.servicedesk.api.requesttype.RequestType() {
            @Override
            public int getId() {
                return 21; // service desk 2's
            }

            @Override
            public String getName() {
                return "Get help";
            }
        };
        var summary = com.atlassian.servicedesk.api.field.FieldId.withId("summary");
        var text = com.atlassian.servicedesk.api.field.FieldInputValue.withValue("A question");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> jsm.createCustomerRequest(pm,
                jsm.newCreateBuilder().serviceDesk(desk).requestType(foreign).fieldValue(summary, text)
                        .raiseOnBehalfOf("client").build()), "a request type of another desk");
        var own = jsm.getRequestTypes(pm, jsm.newQueryBuilder().serviceDesk(desk.getId()).build()).getResults().get(0);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> jsm.createCustomerRequest(pm,
                jsm.newCreateBuilder().serviceDesk(desk).requestType(own).fieldValue(summary, text)
                        .raiseOnBehalfOf("other").build()), "other is no customer of ACME's desk");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> jsm.createCustomerRequest(client,
                jsm.newCreateBuilder().serviceDesk(desk).requestType(own).fieldValue(summary, text)
                        .raiseOnBehalfOf("client").build()), "a customer raises for nobody, outside the customer context too");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> jsm.createCustomerRequest(pm,
                jsm.newCreateBuilder().serviceDesk(desk).requestType(own).raiseOnBehalfOf("client").build()),
                "no summary");
        int before = jsm.requests().size();
        QuestionRequests adapter = host.plugin().springContext().getBean(QuestionRequests.class);
        long globex = host.store().projectByKey("GLOBEX").orElseThrow().getId();
        assertTrue(adapter.raise(new QuestionRequests.Raised(globex, "pm", "other", "s", "d")).isEmpty(), "no service desk");
        assertTrue(adapter.raise(new QuestionRequests.Raised(acme.getId(), "pm", "other", "s", "d")).isEmpty(), "no customer");
        assertTrue(adapter.raise(new QuestionRequests.Raised(acme.getId(), "client", "client", "s", "d")).isEmpty(),
                "no agent");
        assertEquals(before, jsm.requests().size(), "nothing raised");
        String key = adapter.raise(new QuestionRequests.Raised(acme.getId(), "pm", "client", "s", "d")).orElseThrow();
        assertEquals("client", jsm.requests().get(jsm.requests().size() - 1).reporterKey(), key);
    }

    // ----- helpers

    private static HostJsm jsm() {
        return (HostJsm) host.components().get(ServiceDeskCustomerRequestService.class);
    }

    private static long budget(String project, String name) {
        return list(call("pm", "GET", BASE + "/budgets?projectKey=" + project, null)).stream()
                .filter(b -> name.equals(b.get("name"))).mapToLong(b -> ((Number) b.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    private static HttpResponse<String> ask(String user, long budgetId, long entryId, String message) {
        try {
            return call(user, "POST", BASE + "/portal/budgets/" + budgetId + "/questions",
                    JSON.writeValueAsString(Map.of("entryId", entryId, "message", message)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The ids of the entries the user's Time tab lists, newest first. */
    private static List<Long> visibleEntries(String user, long budgetId) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) map(call(user, "GET",
                BASE + "/portal/budgets/" + budgetId + "/time?limit=20", null)).get("entries");
        return entries.stream().map(e -> ((Number) e.get("id")).longValue()).toList();
    }

    private static long clientSeconds(long entryId) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) map(call("client", "GET",
                BASE + "/portal/budgets/" + website + "/time?limit=500", null)).get("entries");
        return entries.stream().filter(e -> ((Number) e.get("id")).longValue() == entryId)
                .mapToLong(e -> ((Number) e.get("seconds")).longValue()).findFirst().orElseThrow();
    }

    private static long pendingEntry() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) map(call("pm", "GET",
                BASE + "/time-entries?budgetId=" + website + "&status=PENDING&limit=1", null)).get("entries");
        return ((Number) entries.get(0).get("id")).longValue();
    }

    private static long logWork(String issueKey, String day, int seconds) {
        HttpResponse<String> r = call("dev", "POST", "/rest/api/2/issue/" + issueKey + "/worklog",
                "{\"timeSpentSeconds\":" + seconds + ",\"started\":\"" + day + "T09:00:00.000+0000\",\"comment\":\"typo\"}");
        assertEquals(201, r.statusCode(), r.body());
        return Long.parseLong(String.valueOf(map(r).get("id")));
    }

    private static Map<String, Object> entryOfWorklog(long worklogId) {
        for (int start = 0; start < 5000; start += 500) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> page = (List<Map<String, Object>>) map(call("pm", "GET",
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

    static HttpResponse<String> call(String user, String method, String path, String json) {
        HttpRequest.Builder r = TestHosts.request(host, path).header("Accept", "application/json");
        if (!"anonymous".equals(user)) {
            r.header("Authorization", TestHosts.credentials(user));
        }
        if (json != null) {
            r.header("Content-Type", "application/json");
        }
        return TestHosts.send(r.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static Map<String, Object> map(HttpResponse<String> response) {
        try {
            return JSON.readValue(response.body(), new TypeReference<>() { });
        } catch (Exception e) {
            throw new AssertionError(response.statusCode() + " " + response.body(), e);
        }
    }

    private static List<Map<String, Object>> list(HttpResponse<String> response) {
        try {
            return JSON.readValue(response.body(), new TypeReference<>() { });
        } catch (Exception e) {
            throw new AssertionError(response.statusCode() + " " + response.body(), e);
        }
    }
}
