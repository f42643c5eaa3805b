package io.github.clientbudgets.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.testing.browser.Browser;
import io.github.clientbudgets.devhost.testing.browser.BudgetPage;
import io.github.clientbudgets.devhost.testing.browser.PortalHomePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forecast in chromium on the demo data, with time of the last four weeks added (some approved, some pending):
 * the team's budget page shows it from approved time and with pending time, in English and in German; pm switches
 * it on for the client with the page's checkbox; the client's portal then shows the approved forecast as text and
 * as the burn-up's dashed projected line. axe-core finds nothing on either page. Screenshots:
 * target/screenshots/forecast-*.png (copies in docs/screenshots/).
 */
class ForecastBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final Browser browser = Browser.onDemoHost("forecast-");

    private static HttpResponse<String> rest(String user, String method, String path, String body) {
        HttpRequest.Builder r = TestHosts.request(browser.host(), "/rest/client-budgets/1.0" + path)
                .header("Accept", "application/json").header("Authorization", TestHosts.credentials(user));
        if (body != null) {
            r.header("Content-Type", "application/json");
        }
        return TestHosts.send(r.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        assertTrue(r.statusCode() < 300, r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }

    private static long website() throws IOException {
        for (JsonNode b : json(rest("pm", "GET", "/budgets?projectKey=ACME", null))) {
            if (b.path("name").asText().equals("Website relaunch")) {
                return b.path("id").asLong();
            }
        }
        throw new AssertionError("no Website relaunch");
    }

    /** Work in the forecast's window, whatever day the test runs: dev logs it in Jira, pm approves part of it. */
    private static void recentWork(long website) throws IOException {
        LocalDate today = LocalDate.now();
        List<LocalDate> days = List.of(today.minusDays(20), today.minusDays(13), today.minusDays(6), today.minusDays(2));
        for (LocalDate day : days) {
            HttpResponse<String> r = TestHosts.send(TestHosts.request(browser.host(), "/rest/api/2/issue/ACME-1/worklog")
                    .header("Authorization", TestHosts.credentials("dev")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"timeSpentSeconds\":28800,\"started\":\"" + day
                            + "T09:00:00.000+0000\",\"comment\":\"recent work\"}")));
            assertEquals(201, r.statusCode(), r.body());
        }
        List<Long> approve = new ArrayList<>();
        for (JsonNode e : json(rest("pm", "GET", "/time-entries?budgetId=" + website + "&status=PENDING&limit=500",
                null)).path("entries")) {
            if (e.path("seconds").asLong() == 28800 && !LocalDate.parse(e.path("workDay").asText()).isAfter(today.minusDays(6))) {
                approve.add(e.path("id").asLong());
            }
        }
        assertEquals(3, approve.size());
        json(rest("pm", "POST", "/time-entries/approve", "{\"ids\":" + approve + "}"));
    }

    @Test
    void theTeamSeesBothForecastsAndTheClientTheApprovedOneOnceSwitchedOn() throws IOException {
        long website = website();
        recentWork(website);
        JsonNode summary = json(rest("pm", "GET", "/budgets/" + website + "/summary", null));
        String runsOut = summary.path("forecast").path("exhaustionDate").asText();
        assertFalse(runsOut.isEmpty() || runsOut.equals("null"), summary.toString());

        browser.logInAs("pm");
        BudgetPage.open(browser, website);
        WebElement approved = browser.visible(By.id("cb-forecast-approved"));
        assertEquals(runsOut, approved.getAttribute("data-exhaustion"));
        assertTrue(approved.getText().startsWith("Runs out on "), approved.getText());
        assertTrue(approved.getText().contains(" h per week left until "), approved.getText());
        assertTrue(browser.visible(By.id("cb-forecast-pending")).getText().contains("Burn rate"));
        WebElement toggle = browser.find(By.id("cb-show-forecast"));
        assertFalse(toggle.isSelected(), "off by default");
        browser.scrollTo(browser.find(By.id("cb-forecast")));
        browser.screenshotWhenStyled("budget");
        browser.assertAccessible("budget page with the forecast");
        // the client sees nothing of it yet
        browser.logInAs("client");
        PortalHomePage.open(browser).openBudget("Website relaunch").waitForServices();
        assertTrue(browser.isAbsent(By.id("cb-portal-forecast")));
        assertTrue(browser.isAbsent(By.cssSelector("polyline.cb-chart-forecast")));

        // pm switches it on with the page's checkbox (saved at once, the page reloads)
        browser.logInAs("pm");
        BudgetPage.open(browser, website);
        toggle = browser.find(By.id("cb-show-forecast"));
        browser.scrollTo(toggle);
        toggle.click();
        browser.untilGone(toggle);
        assertTrue(browser.present(By.id("cb-show-forecast")).isSelected());
        assertTrue(json(rest("pm", "GET", "/budgets/" + website, null)).path("showForecast").asBoolean());

        browser.logInAs("client");
        PortalHomePage.open(browser).openBudget("Website relaunch").waitForServices();
        WebElement text = browser.visible(By.id("cb-portal-forecast-text"));
        assertEquals(runsOut, text.getAttribute("data-exhaustion"));
        assertTrue(text.getText().startsWith("Runs out on "), text.getText());
        WebElement line = browser.present(By.cssSelector("#cb-burnup polyline.cb-chart-forecast"));
        assertEquals(2, line.getAttribute("points").trim().split(" ").length, "from today to the run-out");
        browser.scrollTo(browser.find(By.id("cb-burnup")));
        browser.screenshotWhenStyled("portal");
        browser.assertAccessible("portal budget with the forecast");

        // a German reader
        browser.host().store().setUserLocale("client", Locale.GERMANY);
        try {
            browser.logInAs("client");
            browser.open("/plugins/servlet/client-budgets/portal/budget/" + website);
            String german = browser.visible(By.id("cb-portal-forecast-text")).getText();
            assertTrue(german.startsWith("Aufgebraucht am "), german);
            assertTrue(german.contains(" h pro Woche bis "), german);
            browser.scrollTo(browser.find(By.id("cb-burnup")));
            browser.screenshotWhenStyled("portal-de");
        } finally {
            browser.host().store().setUserLocale("client", null);
        }
        browser.logInAs("dev2");
        BudgetPage.open(browser, website);
        assertTrue(browser.visible(By.id("cb-forecast-approved")).getText().startsWith("Aufgebraucht am "));
        browser.scrollTo(browser.find(By.id("cb-forecast")));
        browser.screenshotWhenStyled("budget-de");
    }
}
