package io.github.clientbudgets.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Approvals page in Debian's headless chromium against the dev host's demo data: pm filters the queue to dev's
 * time of the last month, selects dev's group, leaves one entry out and approves the rest in bulk; then rejects
 * that one through the reason dialog (Enter with no reason is refused, Escape cancels, Enter sends); every entry
 * shows its outcome and the REST API agrees. dev then finds the rejected entry with the reason in My time.
 * Screenshots go to target/screenshots/approvals-NN-name.png (a selection is kept in docs/screenshots/).
 */
class ApprovalsBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APPROVALS = "/plugins/servlet/client-budgets/approvals";
    private static final String REASON = "Please log this on the design review, not here";
    private static DevHost host;
    private static WebDriver browser;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() throws IOException {
        host = TestHosts.start();
        chromium = HeadlessChromium.start(host, "approvals-");
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (host != null) {
            host.close();
        }
    }

    private static WebDriverWait waiting() {
        return chromium.waiting();
    }

    private static WebElement visible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static void setValue(By by, String value) {
        WebElement field = visible(by);
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                field, value);
    }

    /** Ticks a checkbox as a person does: a click (AUI may draw the box over the input; then its label). */
    private static void tick(WebElement box) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
        box.click();
    }

    /** Screenshots wait for the page's own stylesheet (the bulk bar is a flex row once it applies). */
    private static void screenshot(String name) {
        waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
                && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "var s = document.querySelector('.cb-page, .cb-admin'); return !!s && getComputedStyle(s).getPropertyValue('--cb-styled').trim() === '1';")));
        chromium.screenshot(name);
    }

    private static JsonNode rest(String path) throws IOException {
        HttpResponse<String> response = TestHosts.get(host, "/rest/client-budgets/1.0" + path, "pm");
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static Map<Long, String> statuses() throws IOException {
        Map<Long, String> result = new HashMap<>();
        for (JsonNode b : rest("/budgets?projectKey=ACME")) {
            if (b.get("approvalRequired").asBoolean()) {
                for (JsonNode e : rest("/time-entries?budgetId=" + b.get("id").asLong() + "&limit=500").get("entries")) {
                    result.put(e.get("id").asLong(), e.get("status").asText() + (e.hasNonNull("rejectionReason")
                            ? ":" + e.get("rejectionReason").asText() : ""));
                }
            }
        }
        return result;
    }

    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("tr.cb-entry"));
    }

    @Test
    void pmApprovesAGroupInBulkAndRejectsOneWithAReason() throws IOException {
        chromium.login("pm");
        chromium.open(APPROVALS);
        visible(By.id("cb-approvals"));
        assertTrue(browser.findElement(By.id("client-budgets-approvals-link")).isDisplayed(), "the header links the page");
        int everything = rows().size();
        assertTrue(everything > 0, "the demo's last month waits for pm");
        assertTrue(browser.findElement(By.cssSelector(".cb-approval-group h2")).getText().contains("Website relaunch"));
        screenshot("01-queue");

        // filter: dev's time from the first day of the month that waits
        String firstDay = browser.findElements(By.cssSelector("tr.cb-entry td:nth-child(2)")).stream()
                .map(WebElement::getText).map(String::trim).min(String::compareTo).orElseThrow();
        String from = LocalDate.parse(firstDay).withDayOfMonth(1).toString();
        new Select(browser.findElement(By.id("cb-filter-person"))).selectByValue("dev");
        setValue(By.id("cb-filter-from"), from);
        WebElement old = browser.findElement(By.id("cb-approvals"));
        browser.findElement(By.id("cb-filter-apply")).click();
        waiting().until(ExpectedConditions.stalenessOf(old));
        visible(By.id("cb-approvals"));
        assertTrue(browser.getCurrentUrl().contains("authorKey=dev"), browser.getCurrentUrl());
        assertEquals("dev", new Select(browser.findElement(By.id("cb-filter-person"))).getFirstSelectedOption()
                .getAttribute("value"), "the form keeps its filters");
        List<WebElement> devRows = rows();
        assertTrue(devRows.size() >= 2 && devRows.size() < everything, devRows.size() + " of " + everything);
        List<WebElement> personTables = browser.findElements(By.cssSelector("table.cb-person-group"));
        assertEquals(1, personTables.size(), "one person");
        String personName = personTables.get(0).findElement(By.cssSelector("tr.cb-person-row label")).getText();
        screenshot("02-filtered");

        // select dev's group, leave the first entry out, approve the rest
        WebElement group = personTables.get(0).findElement(By.cssSelector("input.cb-select-group"));
        tick(group);
        List<WebElement> boxes = browser.findElements(By.cssSelector("input.cb-select-entry:not(:disabled)"));
        assertTrue(boxes.stream().allMatch(WebElement::isSelected), "the group's select-all selects its entries");
        WebElement keep = boxes.get(0);
        long rejectId = Long.parseLong(keep.getAttribute("value"));
        tick(keep);
        assertFalse(group.isSelected());
        List<Long> approveIds = new ArrayList<>();
        for (WebElement b : boxes) {
            if (b.isSelected()) {
                approveIds.add(Long.parseLong(b.getAttribute("value")));
            }
        }
        assertEquals(boxes.size() - 1, approveIds.size());
        assertTrue(browser.findElement(By.id("cb-selected-count")).getText().startsWith(approveIds.size() + " "));
        screenshot("03-group-selected");
        browser.findElement(By.id("cb-approve-selected")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("cb-approval-results"),
                "Done: " + approveIds.size() + "."));
        for (long id : approveIds) {
            WebElement row = browser.findElement(By.id("cb-entry-" + id));
            assertTrue(row.getAttribute("class").contains("cb-done"), "row " + id);
            assertEquals("Approved", row.findElement(By.className("cb-entry-result")).getText());
        }
        Map<Long, String> after = statuses();
        for (long id : approveIds) {
            assertEquals("APPROVED", after.get(id), "entry " + id);
        }
        assertEquals("PENDING", after.get(rejectId));
        screenshot("04-approved");

        // reject the one left, through the dialog
        tick(browser.findElement(By.id("cb-select-" + rejectId)));
        browser.findElement(By.id("cb-reject-selected")).click();
        WebElement reason = visible(By.id("cb-reject-reason"));
        assertEquals(reason, browser.switchTo().activeElement(), "the dialog puts the focus on the reason");
        reason.sendKeys(Keys.ESCAPE);
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("cb-reject-dialog")));
        assertEquals("PENDING", statuses().get(rejectId), "Escape cancels");
        assertEquals("cb-reject-selected", browser.switchTo().activeElement().getAttribute("id"),
                "the focus goes back to the button");

        browser.findElement(By.id("cb-reject-selected")).sendKeys(Keys.ENTER);
        reason = visible(By.id("cb-reject-reason"));
        reason.sendKeys(Keys.ENTER);
        assertEquals("Say why the entry is rejected.", visible(By.id("cb-reject-error")).getText());
        assertEquals("PENDING", statuses().get(rejectId), "no reason, no rejection");
        reason.sendKeys(REASON);
        screenshot("05-reject-dialog");
        reason.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("cb-reject-dialog")));
        WebElement rejected = browser.findElement(By.id("cb-entry-" + rejectId));
        waiting().until(ExpectedConditions.textToBePresentInElement(rejected.findElement(By.className("cb-entry-result")),
                "Rejected"));
        assertEquals("REJECTED:" + REASON, statuses().get(rejectId));
        assertTrue(browser.findElement(By.id("cb-approval-results")).getText().startsWith("Done: 1."));
        screenshot("06-rejected");

        // a PM's corrections of an entry: non-billable, a client note; and its history
        long corrected = approveIds.get(0);
        WebElement correctedRow = browser.findElement(By.id("cb-entry-" + corrected));
        correctedRow.findElement(By.className("cb-entry-edit")).click();
        WebElement note = visible(By.id("cb-edit-note"));
        WebElement billable = browser.findElement(By.id("cb-edit-billable"));
        assertTrue(billable.isSelected());
        browser.findElement(By.cssSelector("label[for=cb-edit-billable]")).click();
        assertFalse(billable.isSelected());
        note.sendKeys("Kick-off <workshop>");
        screenshot("07-correct-entry");
        browser.findElement(By.id("cb-edit-save")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("cb-edit-dialog")));
        assertEquals("No", correctedRow.findElement(By.className("cb-entry-billable")).getText());
        assertEquals("Client note: Kick-off <workshop>", correctedRow.findElement(By.className("cb-client-note")).getText());
        JsonNode entry = null;
        for (JsonNode b : rest("/budgets?projectKey=ACME")) {
            for (JsonNode e : rest("/time-entries?budgetId=" + b.get("id").asLong() + "&limit=500").get("entries")) {
                if (e.get("id").asLong() == corrected) {
                    entry = e;
                }
            }
        }
        assertEquals(corrected, entry.get("id").asLong());
        assertFalse(entry.get("billable").asBoolean());
        assertEquals("Kick-off <workshop>", entry.get("clientNote").asText());
        correctedRow.findElement(By.className("cb-entry-history")).click();
        visible(By.cssSelector("tr.cb-history-row"));
        WebElement history = correctedRow.findElement(By.xpath("following-sibling::tr[1]"));
        assertTrue(history.getAttribute("class").contains("cb-history-row"), "the history opens under its entry");
        assertEquals("true", correctedRow.findElement(By.className("cb-entry-history")).getAttribute("aria-expanded"));
        assertTrue(history.getText().contains("APPROVED") || history.getText().toLowerCase().contains("approv"), history.getText());
        assertTrue(history.getText().contains("clientNote"), history.getText());
        screenshot("08-history");

        // a fresh page no longer lists what was decided
        chromium.open(APPROVALS + "?authorKey=dev&from=" + from);
        visible(By.id("cb-approvals"));
        assertTrue(browser.findElements(By.id("cb-entry-" + rejectId)).isEmpty());
        assertTrue(browser.findElements(By.id("cb-entry-" + approveIds.get(0))).isEmpty());

        // dev reads the reason in My time
        chromium.login("dev");
        chromium.open("/plugins/servlet/client-budgets/my-time");
        WebElement table = visible(By.id("cb-my-rejected"));
        WebElement row = table.findElement(By.cssSelector("tr[data-entry-id='" + rejectId + "']"));
        assertTrue(row.getText().contains(REASON), row.getText());
        assertTrue(row.getText().contains("Rejected"));
        assertTrue(row.findElement(By.className("cb-reviewer")).getText().contains("by "), "who rejected it");
        assertFalse(personName.isBlank());
        screenshot("09-my-time");

        // and on the issue, in its Budget panel
        String issueKey = row.findElement(By.tagName("a")).getText().trim();
        chromium.open("/browse/" + issueKey);
        WebElement mine = visible(By.cssSelector("#cb-issue-entries li[data-entry-id='" + rejectId + "']"));
        assertTrue(mine.getText().contains(REASON), mine.getText());
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", mine);
        chromium.screenshot("13-issue-panel");
    }

    @Test
    void pmLocksAndUnlocksAMonthOnTheBudgetPage() throws IOException {
        long website = 0;
        for (JsonNode b : rest("/budgets?projectKey=ACME")) {
            if (b.get("approvalRequired").asBoolean()) {
                website = b.get("id").asLong();
            }
        }
        chromium.login("pm");
        chromium.open("/plugins/servlet/client-budgets/budget/" + website);
        visible(By.id("cb-no-locks"));
        Select month = new Select(visible(By.id("cb-lock-month")));
        String chosen = month.getOptions().get(month.getOptions().size() - 1).getAttribute("value");
        month.selectByValue(chosen);
        WebElement page = browser.findElement(By.id("cb-budget"));
        browser.findElement(By.id("cb-lock-submit")).click();
        waiting().until(ExpectedConditions.stalenessOf(page));
        WebElement locked = visible(By.cssSelector("#cb-locked-months li[data-month='" + chosen + "']"));
        assertEquals(1, rest("/budgets/" + website + "/locks").size());
        assertEquals(chosen, rest("/budgets/" + website + "/locks").get(0).asText());
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", locked);
        screenshot("10-locked-month");
        page = browser.findElement(By.id("cb-budget"));
        locked.findElement(By.className("cb-unlock")).click();
        waiting().until(ExpectedConditions.stalenessOf(page));
        visible(By.id("cb-no-locks"));
        assertEquals(0, rest("/budgets/" + website + "/locks").size());

        // the budget's time: pm takes an approval back (the newest entry, approved for the purpose)
        long id = rest("/time-entries?budgetId=" + website + "&limit=1").get("entries").get(0).get("id").asLong();
        HttpResponse<String> approved = TestHosts.send(TestHosts.request(host, "/rest/client-budgets/1.0/time-entries/approve")
                .header("Authorization", TestHosts.credentials("pm")).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"ids\":[" + id + "]}")));
        assertEquals(200, approved.statusCode(), approved.body());
        chromium.open("/plugins/servlet/client-budgets/budget/" + website);
        WebElement row = visible(By.id("cb-entry-" + id));
        WebElement unapprove = row.findElement(By.cssSelector("button[data-action=unapprove]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
        unapprove.click();
        waiting().until(ExpectedConditions.textToBePresentInElement(row.findElement(By.className("cb-entry-result")),
                "Back to pending"));
        String status = null;
        for (JsonNode e : rest("/time-entries?budgetId=" + website + "&limit=500").get("entries")) {
            if (e.get("id").asLong() == id) {
                status = e.get("status").asText();
            }
        }
        assertEquals("PENDING", status);
        screenshot("11-unapproved");
    }

    /**
     * Expenses are reviewed like time: admin approves pm's pending expense from the Approvals page's expense queue,
     * takes the approval back on the budget page and rejects it there with a reason; pm, its author, is offered no
     * decision on his own expense.
     */
    @Test
    void anApproverDecidesOnExpensesOnTheApprovalsPageAndTheBudgetPage() throws IOException {
        long website = 0;
        for (JsonNode b : rest("/budgets?projectKey=ACME")) {
            if (b.get("approvalRequired").asBoolean()) {
                website = b.get("id").asLong();
            }
        }
        long pending = 0;
        String day = null;
        for (JsonNode x : rest("/budgets/" + website + "/expenses")) {
            if (x.get("description").asText().equals("Usability test participants")) {
                pending = x.get("id").asLong();
                day = x.get("date").asText();
            }
        }
        assertEquals("PENDING", expenseStatus(website, pending));
        chromium.login("admin");
        chromium.open(APPROVALS);
        WebElement row = visible(By.cssSelector("#cb-expense-queue tr[data-expense-id='" + pending + "']"));
        assertTrue(row.getText().contains("Usability test participants"), row.getText());
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
        screenshot("20-expense-queue");
        WebElement page = browser.findElement(By.id("cb-approvals"));
        row.findElement(By.cssSelector("button[data-action=approve]")).click();
        waiting().until(ExpectedConditions.stalenessOf(page));
        visible(By.id("cb-approvals"));
        assertTrue(browser.findElements(By.cssSelector("#cb-expense-queue tr[data-expense-id='" + pending + "']")).isEmpty(),
                "approved: no longer waits");
        assertEquals("APPROVED", expenseStatus(website, pending));

        chromium.open("/plugins/servlet/client-budgets/budget/" + website);
        row = visible(By.cssSelector("#cb-expenses tr[data-expense-id='" + pending + "']"));
        assertTrue(row.findElements(By.cssSelector("button[data-action=approve]")).isEmpty(), "approved: nothing to approve");
        page = browser.findElement(By.id("cb-budget"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
        row.findElement(By.cssSelector("button[data-action=unapprove]")).click();
        waiting().until(ExpectedConditions.stalenessOf(page));
        assertEquals("PENDING", expenseStatus(website, pending));
        row = visible(By.cssSelector("#cb-expenses tr[data-expense-id='" + pending + "']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
        row.findElement(By.className("cb-expense-reject-open")).click();
        WebElement reason = visible(By.id("cb-expense-reason-" + pending));
        reason.sendKeys("No receipt <b>attached</b>");
        page = browser.findElement(By.id("cb-budget"));
        reason.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.stalenessOf(page));
        row = visible(By.cssSelector("#cb-expenses tr[data-expense-id='" + pending + "']"));
        assertTrue(row.getText().contains("Reason: No receipt <b>attached</b>"), "the reason, as text: " + row.getText());
        assertEquals("REJECTED", expenseStatus(website, pending));
        screenshot("21-expense-rejected");

        // the author is offered no decision on his own figures
        HttpResponse<String> own = TestHosts.send(TestHosts.request(host, "/rest/client-budgets/1.0/budgets/" + website + "/expenses")
                .header("Authorization", TestHosts.credentials("pm")).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"date\":\"" + day + "\",\"description\":\"Taxi\",\"amount\":\"20.00\"}")));
        assertEquals(201, own.statusCode(), own.body());
        long taxi = JSON.readTree(own.body()).get("id").asLong();
        chromium.login("pm");
        chromium.open("/plugins/servlet/client-budgets/budget/" + website);
        row = visible(By.cssSelector("#cb-expenses tr[data-expense-id='" + taxi + "']"));
        assertTrue(row.findElements(By.cssSelector(".cb-expense-decision, .cb-expense-reject-open")).isEmpty(),
                "no decision on his own expense: " + row.getText());
    }

    private static String expenseStatus(long budgetId, long expenseId) throws IOException {
        for (JsonNode x : rest("/budgets/" + budgetId + "/expenses")) {
            if (x.get("id").asLong() == expenseId) {
                return x.get("status").asText();
            }
        }
        throw new AssertionError("no expense " + expenseId);
    }

    @Test
    void theAdminPageFollowsARequestedResync() {
        chromium.login("admin");
        chromium.openAdminPage("/plugins/servlet/client-budgets/admin", "admin");
        WebElement state = visible(By.id("cb-resync-state"));
        String before = state.getText();
        browser.findElement(By.id("cb-resync-now")).click();
        waiting().until(ExpectedConditions.textToBePresentInElement(state, "Requested"));
        // the page polls the resync's state: running (with the progress bar), then a newer "Last finished at"
        new WebDriverWait(browser, java.time.Duration.ofSeconds(90)).until(d -> {
            String now = state.getText();
            return now.startsWith("Last finished at") && !now.equals(before);
        });
        assertFalse(browser.findElement(By.id("cb-resync-progress")).isDisplayed(), "no bar once it finished");
        screenshot("12-admin-resync");
    }
}
