package io.github.clientbudgets.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.testing.browser.AdminPage;
import io.github.clientbudgets.devhost.testing.browser.ApprovalsPage;
import io.github.clientbudgets.devhost.testing.browser.ApprovalsPage.CorrectionDialog;
import io.github.clientbudgets.devhost.testing.browser.ApprovalsPage.EntryRow;
import io.github.clientbudgets.devhost.testing.browser.ApprovalsPage.PersonGroup;
import io.github.clientbudgets.devhost.testing.browser.ApprovalsPage.RejectDialog;
import io.github.clientbudgets.devhost.testing.browser.Browser;
import io.github.clientbudgets.devhost.testing.browser.BudgetPage;
import io.github.clientbudgets.devhost.testing.browser.IssuePage;
import io.github.clientbudgets.devhost.testing.browser.MyTimePage;
import io.github.clientbudgets.devhost.testing.browser.MyTimePage.RejectedEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.http.HttpRequest;
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
    private static final String REASON = "Please log this on the design review, not here";
    @RegisterExtension
    static final Browser browser = Browser.onDemoHost("approvals-");

    private static JsonNode rest(String path) throws IOException {
        HttpResponse<String> response = TestHosts.get(browser.host(), "/rest/client-budgets/1.0" + path, "pm");
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> postAsPm(String path, String json) {
        return TestHosts.send(TestHosts.request(browser.host(), "/rest/client-budgets/1.0" + path)
                .header("Authorization", TestHosts.credentials("pm")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
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

    /** ACME's budget that asks for approval (Website relaunch in the demo). */
    private static long budgetWithApproval() throws IOException {
        long website = 0;
        for (JsonNode b : rest("/budgets?projectKey=ACME")) {
            if (b.get("approvalRequired").asBoolean()) {
                website = b.get("id").asLong();
            }
        }
        return website;
    }

    @Test
    void pmApprovesAGroupInBulkAndRejectsOneWithAReason() throws IOException {
        browser.logInAs("pm");
        ApprovalsPage approvals = ApprovalsPage.open(browser);
        assertTrue(browser.header().approvalsLink().isDisplayed(), "the header links the page");
        int everything = approvals.entries().size();
        assertTrue(everything > 0, "the demo's last month waits for pm");
        assertTrue(approvals.firstBudgetHeading().contains("Website relaunch"));
        browser.screenshotWhenStyled("01-queue");

        // filter: dev's time from the first day of the month that waits
        String firstDay = approvals.entryDates().stream().min(String::compareTo).orElseThrow();
        String from = LocalDate.parse(firstDay).withDayOfMonth(1).toString();
        approvals.filter("dev", from);
        assertTrue(browser.currentUrl().contains("authorKey=dev"), browser.currentUrl());
        assertEquals("dev", approvals.personFilter(), "the form keeps its filters");
        List<WebElement> devRows = approvals.entries();
        assertTrue(devRows.size() >= 2 && devRows.size() < everything, devRows.size() + " of " + everything);
        List<PersonGroup> people = approvals.personGroups();
        assertEquals(1, people.size(), "one person");
        String personName = people.get(0).personName();
        browser.screenshotWhenStyled("02-filtered");

        // select dev's group, leave the first entry out, approve the rest
        PersonGroup dev = people.get(0).selectAll();
        List<WebElement> boxes = approvals.selectableEntries();
        assertTrue(boxes.stream().allMatch(WebElement::isSelected), "the group's select-all selects its entries");
        WebElement keep = boxes.get(0);
        long rejectId = Long.parseLong(keep.getAttribute("value"));
        approvals.toggle(keep);
        assertFalse(dev.selectAllBox().isSelected());
        List<Long> approveIds = new ArrayList<>();
        for (WebElement b : boxes) {
            if (b.isSelected()) {
                approveIds.add(Long.parseLong(b.getAttribute("value")));
            }
        }
        assertEquals(boxes.size() - 1, approveIds.size());
        assertTrue(approvals.selectedCount().startsWith(approveIds.size() + " "));
        browser.screenshotWhenStyled("03-group-selected");
        approvals.approveSelected(approveIds.size());
        for (long id : approveIds) {
            EntryRow row = approvals.entry(id);
            assertTrue(row.isDone(), "row " + id);
            assertEquals("Approved", row.result());
        }
        Map<Long, String> after = statuses();
        for (long id : approveIds) {
            assertEquals("APPROVED", after.get(id), "entry " + id);
        }
        assertEquals("PENDING", after.get(rejectId));
        browser.screenshotWhenStyled("04-approved");

        // reject the one left, through the dialog
        approvals.toggleEntry(rejectId);
        RejectDialog dialog = approvals.rejectSelected();
        assertEquals(dialog.reasonField(), browser.focused(), "the dialog puts the focus on the reason");
        dialog.cancelWithEscape();
        assertEquals("PENDING", statuses().get(rejectId), "Escape cancels");
        assertEquals("cb-reject-selected", browser.focused().getAttribute("id"), "the focus goes back to the button");

        dialog = approvals.rejectSelectedWithTheKeyboard();
        dialog.pressEnter();
        assertEquals("Say why the entry is rejected.", dialog.error());
        assertEquals("PENDING", statuses().get(rejectId), "no reason, no rejection");
        dialog.typeReason(REASON);
        browser.screenshotWhenStyled("05-reject-dialog");
        dialog.sendWithEnter();
        approvals.entry(rejectId).waitForResult("Rejected");
        assertEquals("REJECTED:" + REASON, statuses().get(rejectId));
        assertTrue(approvals.results().startsWith("Done: 1."));
        browser.screenshotWhenStyled("06-rejected");

        // a PM's corrections of an entry: non-billable, a client note; and its history
        long corrected = approveIds.get(0);
        EntryRow correctedRow = approvals.entry(corrected);
        CorrectionDialog correction = correctedRow.correct();
        assertTrue(correction.billableBox().isSelected());
        correction.toggleBillable();
        assertFalse(correction.billableBox().isSelected());
        correction.typeClientNote("Kick-off <workshop>");
        browser.screenshotWhenStyled("07-correct-entry");
        correction.save();
        assertEquals("No", correctedRow.billable());
        assertEquals("Client note: Kick-off <workshop>", correctedRow.clientNote());
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
        WebElement history = correctedRow.openHistory();
        assertTrue(history.getAttribute("class").contains("cb-history-row"), "the history opens under its entry");
        assertTrue(correctedRow.historyIsExpanded());
        // the budget history's sentences, oldest first: pm's approval, then his correction
        List<String> sentences = correctedRow.historySentences();
        assertEquals(2, sentences.size(), sentences.toString());
        assertTrue(sentences.get(0).matches("Paula Manager approved the time entry of .+ on \\d{2}/[A-Z][a-z]{2}/\\d{2} \\(ACME-\\d+\\)"),
                sentences.toString());
        assertTrue(sentences.get(1).startsWith("Paula Manager corrected the time entry of "), sentences.toString());
        assertTrue(sentences.get(1).endsWith(": billable off, note to the client set to 'Kick-off <workshop>'"),
                sentences.toString());
        browser.screenshotWhenStyled("08-history");

        // a fresh page no longer lists what was decided
        approvals = ApprovalsPage.open(browser, "?authorKey=dev&from=" + from);
        assertFalse(approvals.lists(rejectId));
        assertFalse(approvals.lists(approveIds.get(0)));

        // dev reads the reason in My time
        browser.logInAs("dev");
        RejectedEntry rejected = MyTimePage.open(browser).rejectedEntry(rejectId);
        assertTrue(rejected.text().contains(REASON), rejected.text());
        assertTrue(rejected.text().contains("Rejected"));
        assertTrue(rejected.reviewer().contains("by "), "who rejected it");
        assertFalse(personName.isBlank());
        browser.screenshotWhenStyled("09-my-time");

        // and on the issue, in its Budget panel
        WebElement mine = IssuePage.open(browser, rejected.issueKey()).myEntry(rejectId);
        assertTrue(mine.getText().contains(REASON), mine.getText());
        browser.scrollTo(mine);
        browser.screenshot("13-issue-panel");
    }

    @Test
    void pmLocksAndUnlocksAMonthOnTheBudgetPage() throws IOException {
        long website = budgetWithApproval();
        browser.logInAs("pm");
        BudgetPage budget = BudgetPage.open(browser, website);
        budget.waitForNoLockedMonths();
        String chosen = budget.lockTheLastMonthOffered();
        WebElement locked = budget.lockedMonth(chosen);
        assertEquals(1, rest("/budgets/" + website + "/locks").size());
        assertEquals(chosen, rest("/budgets/" + website + "/locks").get(0).asText());
        browser.scrollTo(locked);
        browser.screenshotWhenStyled("10-locked-month");
        budget.unlock(chosen).waitForNoLockedMonths();
        assertEquals(0, rest("/budgets/" + website + "/locks").size());

        // the budget's time: pm takes an approval back (the newest entry, approved for the purpose)
        long id = rest("/time-entries?budgetId=" + website + "&limit=1").get("entries").get(0).get("id").asLong();
        HttpResponse<String> approved = postAsPm("/time-entries/approve", "{\"ids\":[" + id + "]}");
        assertEquals(200, approved.statusCode(), approved.body());
        BudgetPage.open(browser, website).takeBackApprovalOfEntry(id);
        String status = null;
        for (JsonNode e : rest("/time-entries?budgetId=" + website + "&limit=500").get("entries")) {
            if (e.get("id").asLong() == id) {
                status = e.get("status").asText();
            }
        }
        assertEquals("PENDING", status);
        browser.screenshotWhenStyled("11-unapproved");
        // its history under its row, in the budget history's sentences: the approval, then taking it back
        List<String> sentences = BudgetPage.open(browser, website).openEntryHistory(id);
        assertTrue(sentences.size() >= 2, sentences.toString());
        assertTrue(sentences.subList(0, sentences.size() - 1).stream().anyMatch(s -> s.matches(
                "Paula Manager approved the time entry of .+ on \\d{2}/[A-Z][a-z]{2}/\\d{2} \\(ACME-\\d+\\)")), sentences.toString());
        assertTrue(sentences.get(sentences.size() - 1).matches("Paula Manager took back the approval of the time entry of"
                + " .+ on \\d{2}/[A-Z][a-z]{2}/\\d{2} \\(ACME-\\d+\\)"), sentences.toString());
    }

    /**
     * Expenses are reviewed like time: admin approves pm's pending expense from the Approvals page's expense queue,
     * takes the approval back on the budget page and rejects it there with a reason; pm, its author, is offered no
     * decision on his own expense.
     */
    @Test
    void anApproverDecidesOnExpensesOnTheApprovalsPageAndTheBudgetPage() throws IOException {
        long website = budgetWithApproval();
        long pending = 0;
        String day = null;
        for (JsonNode x : rest("/budgets/" + website + "/expenses")) {
            if (x.get("description").asText().equals("Usability test participants")) {
                pending = x.get("id").asLong();
                day = x.get("date").asText();
            }
        }
        assertEquals("PENDING", expenseStatus(website, pending));
        browser.logInAs("admin");
        ApprovalsPage approvals = ApprovalsPage.open(browser);
        WebElement queued = approvals.queuedExpense(pending);
        assertTrue(queued.getText().contains("Usability test participants"), queued.getText());
        browser.scrollTo(queued);
        browser.screenshotWhenStyled("20-expense-queue");
        approvals.approveExpense(pending);
        assertFalse(approvals.queues(pending), "approved: no longer waits");
        assertEquals("APPROVED", expenseStatus(website, pending));

        BudgetPage budget = BudgetPage.open(browser, website);
        assertFalse(budget.offersApprovalOfExpense(pending), "approved: nothing to approve");
        budget.takeBackApprovalOfExpense(pending);
        assertEquals("PENDING", expenseStatus(website, pending));
        budget.rejectExpense(pending, "No receipt <b>attached</b>");
        WebElement rejected = budget.expense(pending);
        assertTrue(rejected.getText().contains("Reason: No receipt <b>attached</b>"), "the reason, as text: " + rejected.getText());
        assertEquals("REJECTED", expenseStatus(website, pending));
        browser.screenshotWhenStyled("21-expense-rejected");

        // the author is offered no decision on his own figures
        HttpResponse<String> own = postAsPm("/budgets/" + website + "/expenses",
                "{\"date\":\"" + day + "\",\"description\":\"Taxi\",\"amount\":\"20.00\"}");
        assertEquals(201, own.statusCode(), own.body());
        long taxi = JSON.readTree(own.body()).get("id").asLong();
        browser.logInAs("pm");
        budget = BudgetPage.open(browser, website);
        assertFalse(budget.offersADecisionOnExpense(taxi), "no decision on his own expense: " + budget.expense(taxi).getText());
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
        browser.logInAs("admin");
        AdminPage admin = AdminPage.open(browser, "admin");
        // the page polls the resync's state: running (with the progress bar), then a newer "Last finished at"
        admin.resyncNowAndWaitUntilFinished();
        assertFalse(admin.showsResyncProgress(), "no bar once it finished");
        browser.screenshotWhenStyled("12-admin-resync");
    }
}
