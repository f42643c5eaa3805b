package io.github.clientbudgets.forecast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forecast over real HTTP on the dev host's demo data: the team's summary carries both forecasts; the client
 * sees the approved-only one, and only once a PM switches it on; pending time never reaches the client.
 */
class ForecastOnDevHostTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REST = "/rest/client-budgets/1.0";
    private static final String PORTAL = "/plugins/servlet/client-budgets/portal/budget/";
    private static DevHost host;
    private static long website;
    private static long retainer;

    @BeforeAll
    static void start() throws IOException {
        host = TestHosts.start();
        website = budget("ACME", "Website relaunch");
        retainer = budget("GLOBEX", "Support retainer");
        // time in the last four weeks, whatever day the test runs: 2 h pending and 3 h approved on the relaunch
        LocalDate today = LocalDate.now();
        worklog("ACME-1", today.minusDays(3), 7200);
        worklog("ACME-2", today.minusDays(2), 10800);
        JsonNode pending = json(rest("pm", "GET", "/time-entries?budgetId=" + website + "&status=PENDING&limit=500", null));
        List<Long> approve = new ArrayList<>();
        for (JsonNode e : pending.path("entries")) {
            if (e.path("seconds").asLong() == 10800 && e.path("workDay").asText().equals(today.minusDays(2).toString())) {
                approve.add(e.path("id").asLong());
            }
        }
        assertEquals(1, approve.size(), pending.toString());
        assertEquals(200, rest("pm", "POST", "/time-entries/approve", "{\"ids\":" + approve + "}").statusCode());
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void theTeamSeesTheForecastWithAndWithoutPendingTime() throws IOException {
        JsonNode summary = json(rest("pm", "GET", "/budgets/" + website + "/summary", null));
        JsonNode approved = summary.path("forecast");
        JsonNode withPending = summary.path("forecastWithPending");

        assertEquals("APPROVED", approved.path("basis").asText(), summary.toString());
        assertEquals("WITH_PENDING", withPending.path("basis").asText());
        LocalDate today = LocalDate.now();
        assertEquals(today.minusDays(1).toString(), approved.path("windowEnd").asText());
        assertEquals(today.minusDays(28).toString(), approved.path("windowStart").asText());
        assertTrue(Double.parseDouble(approved.path("burnHoursPerWeek").asText()) > 0, approved.toString());
        assertTrue(LocalDate.parse(approved.path("exhaustionDate").asText()).isAfter(today.minusDays(1)));
        assertFalse(approved.path("hoursPerWeekLeft").isNull(), "the relaunch has an end date");
        // pending time is used on top: fewer hours left, a faster burn
        assertEquals(Double.parseDouble(summary.path("totalHours").asText())
                - Double.parseDouble(summary.path("usedHours").asText()),
                Double.parseDouble(approved.path("remainingHours").asText()), 0.001);
        assertEquals(Double.parseDouble(approved.path("remainingHours").asText())
                - Double.parseDouble(summary.path("pendingHours").asText()),
                Double.parseDouble(withPending.path("remainingHours").asText()), 0.001);
        assertTrue(Double.parseDouble(withPending.path("burnHoursPerWeek").asText())
                > Double.parseDouble(approved.path("burnHoursPerWeek").asText()));
        // both as text on the budget page
        String page = page("pm", "/plugins/servlet/client-budgets/budget/" + website).body();
        assertTrue(page.contains("id=\"cb-forecast-approved\" data-exhaustion=\"" + approved.path("exhaustionDate").asText()),
                page);
        assertTrue(page.contains("id=\"cb-forecast-pending\""));
        assertTrue(page.contains("id=\"cb-show-forecast\""));
        // a retainer without period terms forecasts its calendar month, which ends this month at the latest
        JsonNode retainerForecast = json(rest("pm", "GET", "/budgets/" + retainer + "/summary", null)).path("forecast");
        assertEquals(today.withDayOfMonth(today.lengthOfMonth()).toString(), retainerForecast.path("endDate").asText(),
                retainerForecast.toString());
    }

    @Test
    void theClientSeesTheApprovedForecastOnlyWhenThePmSwitchesItOn() throws IOException {
        String path = "/portal/budgets/" + website;
        JsonNode budget = json(rest("pm", "GET", "/budgets/" + website, null));
        assertFalse(budget.path("showForecast").asBoolean(true), "off by default");
        JsonNode hidden = json(rest("client", "GET", path, null));
        assertTrue(hidden.has("forecast") && hidden.path("forecast").isNull(), hidden.toString());
        assertFalse(page("client", PORTAL + website).body().contains("cb-portal-forecast"));
        try {
            // only the budget's PMs switch it; bad input and refused callers change nothing
            assertEquals(403, rest("dev", "PUT", "/budgets/" + website + "/forecast", "{\"enabled\":true}").statusCode());
            assertEquals(403, rest("client", "PUT", "/budgets/" + website + "/forecast", "{\"enabled\":true}").statusCode());
            assertEquals(401, rest("anonymous", "PUT", "/budgets/" + website + "/forecast", "{\"enabled\":true}").statusCode());
            HttpResponse<String> bad = rest("pm", "PUT", "/budgets/" + website + "/forecast", "{\"enabled\":\"yes\"}");
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("\"enabled\""), bad.body());
            assertTrue(json(rest("client", "GET", path, null)).path("forecast").isNull());

            HttpResponse<String> on = rest("pm", "PUT", "/budgets/" + website + "/forecast", "{\"enabled\":true}");
            assertEquals(200, on.statusCode(), on.body());
            assertTrue(json(on).path("showForecast").asBoolean());

            String body = rest("client", "GET", path, null).body();
            JsonNode shown = JSON.readTree(body).path("forecast");
            JsonNode team = json(rest("pm", "GET", "/budgets/" + website + "/summary", null));
            assertEquals(team.path("forecast"), shown, "the client's is the team's approved-only forecast");
            assertNotEquals(team.path("forecastWithPending").path("remainingHours"), shown.path("remainingHours"));
            assertFalse(body.contains("WITH_PENDING") || body.contains("forecastWithPending") || body.contains("pending"),
                    body);
            // the other client, without a grant on ACME, still gets nothing
            assertEquals(404, rest("other", "GET", path, null).statusCode());
            String portal = page("client", PORTAL + website).body();
            assertTrue(portal.contains("id=\"cb-portal-forecast-text\" data-exhaustion=\""
                    + shown.path("exhaustionDate").asText() + "\""), portal);
            assertTrue(portal.contains("class=\"cb-chart-forecast\""), "the projected line on the burn-up");
            assertTrue(page("pm", "/plugins/servlet/client-budgets/budget/" + website).body()
                    .contains("forecast shown to clients"), "audited, named in the history");
        } finally {
            assertEquals(200, rest("pm", "PUT", "/budgets/" + website + "/forecast", "{\"enabled\":false}").statusCode());
        }
        assertTrue(json(rest("client", "GET", path, null)).path("forecast").isNull(), "hidden again");
    }

    private static long budget(String projectKey, String name) throws IOException {
        for (JsonNode b : json(rest("pm", "GET", "/budgets?projectKey=" + projectKey, null))) {
            if (b.path("name").asText().equals(name)) {
                return b.path("id").asLong();
            }
        }
        throw new AssertionError("no demo budget " + name);
    }

    private static void worklog(String issue, LocalDate day, long seconds) {
        HttpResponse<String> r = TestHosts.send(TestHosts.request(host, "/rest/api/2/issue/" + issue + "/worklog")
                .header("Authorization", TestHosts.credentials("dev")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"timeSpentSeconds\":" + seconds + ",\"started\":\"" + day
                        + "T09:00:00.000+0000\",\"comment\":\"forecast\"}")));
        assertEquals(201, r.statusCode(), r.body());
    }

    private static HttpResponse<String> rest(String user, String method, String path, String body) {
        HttpRequest.Builder r = TestHosts.request(host, REST + path).header("Accept", "application/json");
        if (!user.equals("anonymous")) {
            r.header("Authorization", TestHosts.credentials(user));
        }
        if (body != null) {
            r.header("Content-Type", "application/json");
        }
        return TestHosts.send(r.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> page(String user, String path) {
        HttpResponse<String> r = TestHosts.getWithSession(host, path, TestHosts.login(host, user));
        assertEquals(200, r.statusCode(), path + " " + r.body());
        return r;
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        assertTrue(r.statusCode() < 300, r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }
}
