package io.github.clientbudgets.signoff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.testing.browser.Browser;
import io.github.clientbudgets.devhost.testing.browser.BudgetPage;
import io.github.clientbudgets.devhost.testing.browser.SignOffPanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole loop in real chromium on the demo data: the client questions an entry of a month on the portal's Time
 * tab; its author corrects the worklog in Jira (a pending revision the client does not see yet); the PM marks the
 * question corrected on the budget page and approves the revision; the client sees the corrected hours, reads the
 * answer and signs the month off; a later approved change of that month supersedes the sign-off, on the portal and
 * on the budget page. Screenshots: target/screenshots/loop-*.png (copies in docs/screenshots/).
 */
class ClientAnswersBackBrowserTest {
    @RegisterExtension
    static final Browser browser = Browser.onDemoHost("loop-");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YearMonth MONTH = YearMonth.from(TestHosts.DEMO_START).plusMonths(1);
    private static final DateTimeFormatter JIRA_STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .withZone(ZoneOffset.UTC);

    private static HttpResponse<String> send(String user, String method, String path, String json) {
        HttpRequest.Builder r = TestHosts.request(browser.host(), path).header("Accept", "application/json")
                .header("Authorization", TestHosts.credentials(user));
        if (json != null) {
            r.header("Content-Type", "application/json");
        }
        return TestHosts.send(r.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonNode entry(long budget, long id) throws Exception {
        JsonNode page = JSON.readTree(send("pm", "GET", "/rest/client-budgets/1.0/time-entries?budgetId=" + budget
                + "&from=" + MONTH.atDay(1) + "&to=" + MONTH.atEndOfMonth() + "&limit=500", null).body());
        for (JsonNode e : page.get("entries")) {
            if (e.get("id").asLong() == id) {
                return e;
            }
        }
        throw new AssertionError("no entry " + id);
    }

    /** The worklog edited in Jira by its author, through Jira's REST (the app sees the event and keeps a revision). */
    private static void editWorklog(JsonNode entry, long seconds) {
        String started = JIRA_STARTED.format(Instant.parse(entry.get("started").asText()));
        HttpResponse<String> edited = send(entry.get("authorKey").asText(), "PUT", "/rest/api/2/issue/"
                + entry.get("issueKey").asText() + "/worklog/" + entry.get("worklogId").asLong(),
                "{\"timeSpentSeconds\":" + seconds + ",\"started\":\"" + started + "\"}");
        assertEquals(200, edited.statusCode(), edited.body());
    }

    private static void approveRevision(long entryId) {
        HttpResponse<String> approved = send("pm", "POST", "/rest/client-budgets/1.0/time-entries/approve-revision",
                "{\"ids\":[" + entryId + "]}");
        assertTrue(approved.body().contains("\"approved\":[" + entryId + "]"), approved.body());
    }

    private static WebElement timeRowOf(String entryId) {
        return browser.find(By.cssSelector(".cb-question-cell[data-entry-id='" + entryId + "']"))
                .findElement(By.xpath("./ancestor::tr"));
    }

    private static String hoursOf(WebElement row) {
        return row.findElements(By.tagName("td")).get(3).getText();
    }

    @Test
    void questionedCorrectedApprovedSeenSignedAndSuperseded() throws Exception {
        String time = "/plugins/servlet/client-budgets/portal/budget/";
        browser.logInAs("client");
        browser.open("/plugins/servlet/client-budgets/portal");
        browser.find(By.linkText("Website relaunch")).click();
        long website = Long.parseLong(browser.present(By.id("cb-sign-offs")).getAttribute("data-budget-id"));
        String monthTab = time + website + "?tab=time&from=" + MONTH.atDay(1) + "&to=" + MONTH.atEndOfMonth();

        // 1. the client questions an entry of the month
        browser.open(monthTab);
        WebElement ask = browser.present(By.cssSelector(".cb-question-open"));
        String entryId = ask.getAttribute("data-entry-id");
        String before = hoursOf(timeRowOf(entryId));
        browser.scrollTo(ask);
        ask.click();
        browser.visible(By.id("cb-question-message")).sendKeys("This was half an hour longer, wasn't it?");
        browser.screenshot("01-client-questions");
        browser.find(By.id("cb-question-send")).click();
        browser.waiting().until(d -> browser.isAbsent(By.cssSelector(".cb-question-open[data-entry-id='" + entryId + "']")));

        // 2. the author corrects the worklog in Jira: a pending revision, not yet what the client sees
        JsonNode entry = entry(website, Long.parseLong(entryId));
        long corrected = entry.get("seconds").asLong() + 1800;
        editWorklog(entry, corrected);
        browser.open(monthTab);
        assertEquals(before, hoursOf(timeRowOf(entryId)), "the revision waits for approval");

        // 3. the PM marks the question corrected on the budget page and approves the revision
        browser.logInAs("pm");
        BudgetPage.open(browser, website);
        WebElement question = browser.present(By.cssSelector("#cb-team-questions-table tr[data-entry-id='" + entryId + "']"));
        WebElement answer = question.findElement(By.cssSelector("textarea[name=answer]"));
        browser.scrollTo(answer);
        answer.sendKeys("Right: corrected to the time actually spent.");
        browser.screenshotWhenStyled("02-team-corrects");
        question.findElement(By.cssSelector(".cb-question-close[data-action=correct]")).click();
        browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> "CORRECTED".equals(browser.find(
                By.cssSelector("#cb-team-questions-table tr[data-entry-id='" + entryId + "']")).getAttribute("data-state")));
        approveRevision(Long.parseLong(entryId));

        // 4. the client sees the corrected figure and the answer
        browser.logInAs("client");
        browser.open(monthTab);
        String after = hoursOf(timeRowOf(entryId));
        assertNotEquals(before, after, "the corrected hours, once approved");
        assertEquals(new java.math.BigDecimal(corrected).divide(java.math.BigDecimal.valueOf(3600), 2,
                java.math.RoundingMode.HALF_UP).toPlainString(), after.replace(",", ""));
        WebElement listed = browser.present(By.cssSelector("#cb-portal-questions-table tr[data-state='CORRECTED']"));
        assertTrue(listed.getText().contains("Right: corrected to the time actually spent."), listed.getText());
        browser.scrollTo(listed);
        browser.screenshotWhenStyled("03-client-sees-correction");

        // 5. the client signs the month off
        browser.open(time + website);
        SignOffPanel panel = new SignOffPanel(browser);
        assertTrue(panel.askToSignOff(MONTH.toString()).contains(MONTH.toString()));
        panel.confirm(MONTH.toString(), "SIGNED");
        browser.scrollTo(browser.find(By.id("cb-sign-offs")));
        browser.screenshot("04-client-signs-off");
        JsonNode signed = JSON.readTree(send("client", "GET", "/rest/client-budgets/1.0/portal/budgets/" + website
                + "/sign-offs", null).body()).get(0);
        assertEquals(MONTH.toString(), signed.get("period").asText());
        assertEquals("SIGNED", signed.get("state").asText());

        // 6. a later approved change of that month supersedes the sign-off, for both sides
        JsonNode other = null;
        for (JsonNode e : JSON.readTree(send("pm", "GET", "/rest/client-budgets/1.0/time-entries?budgetId=" + website
                + "&status=APPROVED&from=" + MONTH.atDay(1) + "&to=" + MONTH.atEndOfMonth() + "&limit=50", null).body())
                .get("entries")) {
            if (!e.get("id").asText().equals(entryId) && "NONE".equals(e.get("revision").asText())) {
                other = e;
                break;
            }
        }
        editWorklog(other, other.get("seconds").asLong() + 900);
        browser.open(time + website);
        assertEquals("SIGNED", panel.state(MONTH.toString()), "a pending revision changes no approved figure");
        approveRevision(other.get("id").asLong());
        browser.open(time + website);
        panel.waitForState(MONTH.toString(), "SUPERSEDED");
        assertTrue(panel.maySign(MONTH.toString()), "the month asks for a new sign-off");
        browser.scrollTo(browser.find(By.id("cb-sign-offs")));
        browser.screenshot("05-client-superseded");
        browser.logInAs("pm");
        BudgetPage.open(browser, website);
        new SignOffPanel(browser).waitForState(MONTH.toString(), "SUPERSEDED");
        browser.scrollTo(browser.find(By.id("cb-sign-offs")));
        browser.screenshotWhenStyled("06-team-superseded");
        List<String> states = JSON.readTree(send("pm", "GET", "/rest/client-budgets/1.0/budgets/" + website + "/sign-offs", null)
                .body()).findValuesAsText("state");
        assertTrue(states.contains("SUPERSEDED"), states.toString());
        assertFalse(JSON.readTree(send("client", "GET", "/rest/client-budgets/1.0/portal/budgets/" + website + "/sign-offs", null)
                .body()).get(0).get("state").asText().equals("SIGNED"));
    }
}
