package io.github.clientbudgets.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The approval pages over HTTP on the dev host with its demo data: Approvals and My time render for whom they are
 * for, send the anonymous to the login page and are refused to portal-only customers; the header links show to
 * whom they help; the budget page's locks, the issue panel's states and the admin page's progress bar render.
 */
class ApprovalPagesOnDevHostTest {
    private static final String APPROVALS = "/plugins/servlet/client-budgets/approvals";
    private static final String MY_TIME = "/plugins/servlet/client-budgets/my-time";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static DevHost host;

    @BeforeAll
    static void start() {
        host = TestHosts.start();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    private static HttpResponse<String> page(String user, String path) {
        return TestHosts.getWithSession(host, path, TestHosts.login(host, user));
    }

    private static HttpResponse<String> rest(String user, String method, String path, String json) {
        HttpRequest.Builder r = TestHosts.request(host, "/rest/client-budgets/1.0" + path)
                .header("Accept", "application/json").header("Authorization", TestHosts.basic(user));
        if (json != null) {
            r.header("Content-Type", "application/json");
        }
        return TestHosts.send(r.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static long websiteId() {
        for (JsonNode b : json(rest("pm", "GET", "/budgets?projectKey=ACME", null))) {
            if (b.get("name").asText().equals("Website relaunch")) {
                return b.get("id").asLong();
            }
        }
        throw new AssertionError("no Website relaunch");
    }

    @Test
    void pmSeesWhatWaitsGroupedByBudgetAndPerson() {
        HttpResponse<String> r = page("pm", APPROVALS);
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("id=\"cb-approvals\""), html);
        assertTrue(html.contains("id=\"cb-select-all\""), "the demo's last month waits for pm");
        assertTrue(html.contains("Website relaunch"));
        assertTrue(html.contains("Developer") || html.contains("cb-person-group"));
        assertTrue(html.contains("id=\"client-budgets-approvals-link\""), "pm approves: the header links the page");
        assertTrue(html.contains("id=\"client-budgets-my-time-link\""), "the user menu links My time");
        assertFalse(html.contains("id=\"cb-approvals-empty\""));

        String filtered = page("pm", APPROVALS + "?budgetId=" + websiteId() + "&from=2099-01-01").body();
        assertTrue(filtered.contains("id=\"cb-approvals-empty\""), "nothing after 2099");
        assertTrue(filtered.contains("matches these filters"));
        assertTrue(filtered.contains("value=\"2099-01-01\""));
        assertEquals(200, page("pm", APPROVALS + "?budgetId=abc&from=not-a-date").statusCode(), "bad filters are ignored");
        assertEquals(404, page("pm", APPROVALS + "/x").statusCode());
    }

    @Test
    void whoApprovesNothingSeesTheEmptyStateAndNoHeaderLink() {
        HttpResponse<String> r = page("dev", APPROVALS);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("id=\"cb-approvals-empty\""));
        assertTrue(r.body().contains("Nothing waits for your review."));
        assertFalse(r.body().contains("id=\"client-budgets-approvals-link\""));
        assertTrue(r.body().contains("id=\"client-budgets-my-time-link\""));
    }

    @Test
    void anonymousGoesToLoginAndPortalCustomersAreRefused() {
        for (String path : new String[]{APPROVALS, MY_TIME}) {
            HttpResponse<String> anonymous = TestHosts.get(host, path, null);
            assertEquals(302, anonymous.statusCode(), path);
            assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("login"), path);
            assertEquals(403, page("client", path).statusCode(), "unlicensed: Jira refuses team pages " + path);
        }
    }

    @Test
    void theAuthorReadsHisRejectionInMyTimeAndOnTheIssue() {
        JsonNode rejected = json(rest("pm", "GET", "/time-entries?budgetId=" + websiteId() + "&status=REJECTED", null))
                .get("entries").get(0);
        String author = rejected.get("authorKey").asText();
        String issue = rejected.get("issueKey").asText();
        HttpResponse<String> mine = page(author, MY_TIME);
        assertEquals(200, mine.statusCode());
        assertTrue(mine.body().contains("id=\"cb-my-rejected\""), mine.body());
        assertTrue(mine.body().contains("Logged on the wrong issue"));
        String other = author.equals("dev") ? "dev2" : "dev";
        assertFalse(page(other, MY_TIME).body().contains("Logged on the wrong issue"), "only the author's");

        String issuePage = page(author, "/browse/" + issue).body();
        assertTrue(issuePage.contains("id=\"cb-issue-entries\""), issuePage);
        assertTrue(issuePage.contains("Logged on the wrong issue"), "the author reads the reason on the issue");
        String asPm = page("pm", "/browse/" + issue).body();
        assertTrue(asPm.contains("id=\"cb-issue-entries\""));
        assertFalse(asPm.contains("Logged on the wrong issue"), "the reason is for the author");
    }

    @Test
    void approversLockAndUnlockMonthsOnTheBudgetPage() {
        long id = websiteId();
        String month = YearMonth.from(TestHosts.DEMO_START).toString();
        String before = page("pm", "/plugins/servlet/client-budgets/budget/" + id).body();
        assertTrue(before.contains("id=\"cb-lock-form\""), before);
        assertTrue(before.contains("approvals?budgetId=" + id));
        assertEquals(204, rest("pm", "PUT", "/budgets/" + id + "/locks/" + month, null).statusCode());
        String after = page("pm", "/plugins/servlet/client-budgets/budget/" + id).body();
        assertTrue(after.contains("data-month=\"" + month + "\""));
        assertTrue(after.contains("cb-unlock"));
        String asDev = page("dev", "/plugins/servlet/client-budgets/budget/" + id).body();
        assertTrue(asDev.contains("data-month=\"" + month + "\""), "the team sees locked months");
        assertFalse(asDev.contains("cb-lock-form"), "only approvers lock");
        assertFalse(asDev.contains("cb-unlock"));
        assertEquals(204, rest("pm", "DELETE", "/budgets/" + id + "/locks/" + month, null).statusCode());
        assertFalse(page("pm", "/plugins/servlet/client-budgets/budget/" + id).body().contains("data-month=\"" + month + "\""));
    }

    @Test
    void adminPageHasTheResyncProgressBar() {
        String html = TestHosts.getWithSession(host, "/plugins/servlet/client-budgets/admin",
                TestHosts.loginWithWebSudo(host, "admin")).body();
        assertTrue(html.contains("id=\"cb-resync-progress\""), html);
        assertTrue(html.contains("data-text-running=\"Running: {0} issues done.\""));
    }

    @Test
    void aChangeOfApprovedTimeInALockedMonthWaitsFlagged() {
        long budget = websiteId();
        String month = YearMonth.from(TestHosts.DEMO_START).toString();
        JsonNode entry = null;
        for (JsonNode e : json(rest("pm", "GET", "/time-entries?budgetId=" + budget + "&status=APPROVED&from="
                + TestHosts.DEMO_START + "&to=" + TestHosts.DEMO_START.plusMonths(1).minusDays(1) + "&limit=500", null))
                .get("entries")) {
            if (e.get("authorKey").asText().equals("dev2") && e.get("revision").asText().equals("NONE")) {
                entry = e;
            }
        }
        assertTrue(entry != null, "an approved entry of dev2's in the first month");
        long id = entry.get("id").asLong();
        assertEquals(204, rest("pm", "PUT", "/budgets/" + budget + "/locks/" + month, null).statusCode());
        try {
            HttpResponse<String> edited = TestHosts.send(TestHosts.request(host, "/rest/api/2/issue/"
                            + entry.get("issueKey").asText() + "/worklog/" + entry.get("worklogId").asLong())
                    .header("Authorization", TestHosts.basic("dev2")).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"timeSpentSeconds\":" + (entry.get("seconds").asLong() + 1800) + "}")));
            assertEquals(200, edited.statusCode(), edited.body());
            String html = page("pm", APPROVALS + "?authorKey=dev2&from=" + TestHosts.DEMO_START).body();
            int row = html.indexOf("id=\"cb-entry-" + id + "\"");
            assertTrue(row > 0, "the changed entry waits for review");
            String rowHtml = html.substring(row, html.indexOf("</tr>", row));
            assertTrue(rowHtml.contains("data-revision=\"EDIT\""), rowHtml);
            assertTrue(rowHtml.contains("Changed after approval"));
            assertTrue(rowHtml.contains("Month locked"), "flagged: its month is locked");
            assertTrue(rowHtml.contains("approved: " + entry.get("hours").asText() + " h"), rowHtml);
            assertTrue(rowHtml.contains("data-action=\"approve-revision\""));
        } finally {
            assertEquals(204, rest("pm", "DELETE", "/budgets/" + budget + "/locks/" + month, null).statusCode());
        }
    }
}
