package io.github.clientbudgets.web;

import io.github.clientbudgets.format.TestFormats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.jira.JiraStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One entry's history as the fragment its History button shows, over HTTP on the dev host: the budget history's
 * sentences in the reader's language, every user text escaped, undecorated; refused as the REST history refuses
 * (404 to a licensed user outside the entry's project and to a client of the project, Jira's refusal to a
 * portal-only customer, login for the anonymous).
 */
class EntryHistoryOnDevHostTest {
    private static final String FRAGMENT = "/plugins/servlet/client-budgets/entry-history/";
    private static final String EVIL = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static DevHost host;
    private static long entry;
    private static String author;
    private static String day;
    private static String issue;

    @BeforeAll
    static void start() throws Exception {
        host = TestHosts.start();
        JiraStore store = host.store();
        // a project administrator of ACME whose display name is markup, and a developer of GLOBEX only
        store.createUser("mallory", EVIL, "mallory@example.com", "mallory", "jira-software");
        store.addRoleActor(store.projectByKey("ACME").orElseThrow().getId(), JiraStore.ROLE_ADMINISTRATORS, "mallory");
        store.createUser("solo", "Sol Globex", "solo@example.com", "solo", "jira-software");
        store.addRoleActor(store.projectByKey("GLOBEX").orElseThrow().getId(), JiraStore.ROLE_DEVELOPERS, "solo");
        // a licensed user who is ACME's client: a client grant, no role in the project
        store.createUser("buyer", "Bea Buyer", "buyer@acme.example", "buyer", "jira-software");
        HttpResponse<String> granted = rest("pm", "POST", "/projects/ACME/client-grants", "{\"userKey\":\"buyer\"}");
        assertTrue(granted.statusCode() / 100 == 2, granted.body());

        long website = 0;
        for (JsonNode b : json(rest("pm", "GET", "/budgets?projectKey=ACME", null))) {
            if (b.get("name").asText().equals("Website relaunch")) {
                website = b.get("id").asLong();
            }
        }
        JsonNode pending = null;
        for (JsonNode e : json(rest("pm", "GET", "/time-entries?budgetId=" + website + "&status=PENDING&limit=500", null))
                .get("entries")) {
            if (!e.get("authorKey").asText().equals("mallory")) {
                pending = e;
                break;
            }
        }
        assertTrue(pending != null, "the demo has pending time in Website relaunch");
        entry = pending.get("id").asLong();
        author = pending.get("authorName").asText();
        day = pending.get("workDay").asText();
        issue = pending.get("issueKey").asText();
        JsonNode rejected = json(rest("mallory", "POST", "/time-entries/reject",
                "{\"ids\":[" + entry + "],\"reason\":\"" + EVIL.replace("/", "\\/") + "\"}"));
        assertEquals("[" + entry + "]", rejected.get("rejected").toString(), rejected.toString());
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    private static HttpResponse<String> rest(String user, String method, String path, String body) {
        HttpRequest.Builder r = TestHosts.request(host, "/rest/client-budgets/1.0" + path)
                .header("Accept", "application/json").header("Authorization", TestHosts.basic(user));
        if (body != null) {
            r.header("Content-Type", "application/json");
        }
        return TestHosts.send(r.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static HttpResponse<String> fragment(String user, String id) {
        return TestHosts.getWithSession(host, FRAGMENT + id, TestHosts.login(host, user));
    }

    @Test
    void theTeamReadsTheEntrysChangesAsTheBudgetHistorysSentencesWithUserTextEscaped() {
        HttpResponse<String> r = fragment("pm", String.valueOf(entry));
        assertEquals(200, r.statusCode(), r.body());
        String html = r.body();
        assertTrue(html.contains("<span class=\"cb-entry-history-sentence\">" + ESCAPED + " rejected the time entry of "
                + author + " on " + TestFormats.english().date(LocalDate.parse(day)) + " (" + issue + "): &#39;" + ESCAPED
                + "&#39;</span>"), html);
        assertFalse(html.contains(EVIL), "no user text reaches the page unescaped");
        assertTrue(html.contains("data-kind=\"TIME_ENTRY\""));
        assertFalse(html.contains("<html") || html.contains("aui-page-panel"), "a fragment, not a decorated page");
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        // the REST history stays the raw audit rows
        JsonNode raw = json(rest("pm", "GET", "/time-entries/" + entry + "/history", null));
        assertTrue(raw.toString().contains("\"action\":\"REJECT\""), raw.toString());
    }

    @Test
    void aGermanReaderGetsTheGermanSentence() {
        String html = fragment("dev2", String.valueOf(entry)).body();
        assertTrue(html.contains(ESCAPED + " hat den Zeiteintrag von " + author + " vom "
                + TestFormats.german().date(LocalDate.parse(day)) + " (" + issue
                + ") abgelehnt: \u201e" + ESCAPED + "\u201c"), html);
    }

    @Test
    void whoMayNotReadTheEntrysHistoryGetsNoHint() {
        assertEquals(404, fragment("solo", String.valueOf(entry)).statusCode(), "GLOBEX only: an ACME entry is 404");
        assertEquals(404, rest("solo", "GET", "/time-entries/" + entry + "/history", null).statusCode(),
                "as its REST history answers");
        assertEquals(404, fragment("buyer", String.valueOf(entry)).statusCode(), "a client of ACME, licensed: 404");
        assertEquals(404, rest("buyer", "GET", "/time-entries/" + entry + "/history", null).statusCode());
        assertEquals(403, fragment("client", String.valueOf(entry)).statusCode(),
                "a portal-only customer: Jira refuses him every team page");
        HttpResponse<String> anonymous = TestHosts.get(host, FRAGMENT + entry, null);
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("login"));
        for (String bad : new String[]{"999999999", "abc", "-1", entry + "/x", ""}) {
            assertEquals(404, fragment("pm", bad).statusCode(), bad);
        }
    }
}
