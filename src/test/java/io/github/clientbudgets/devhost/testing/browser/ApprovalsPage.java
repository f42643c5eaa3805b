package io.github.clientbudgets.devhost.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/**
 * The Approvals page ({@code /plugins/servlet/client-budgets/approvals}): the time entries waiting for the reviewer,
 * grouped by budget and person, with filters, selection, bulk approve and reject, corrections and history; and the
 * expenses waiting for a decision.
 */
public final class ApprovalsPage {
    public static final String PATH = "/plugins/servlet/client-budgets/approvals";
    private static final By PAGE = By.id("cb-approvals");
    private final Browser browser;

    private ApprovalsPage(Browser browser) {
        this.browser = browser;
    }

    public static ApprovalsPage open(Browser browser) {
        return open(browser, "");
    }

    /** Opens the page with filters in its address, e.g. {@code ?authorKey=dev&from=2026-10-01}. */
    public static ApprovalsPage open(Browser browser, String query) {
        browser.open(PATH + query);
        browser.visible(PAGE);
        return new ApprovalsPage(browser);
    }

    private void andWaitForTheReload(Runnable action) {
        WebElement page = browser.find(PAGE);
        action.run();
        browser.untilGone(page);
        browser.visible(PAGE);
    }

    public List<WebElement> entries() {
        return browser.findAll(By.cssSelector("tr.cb-entry"));
    }

    /** The entries' dates ({@code yyyy-MM-dd}), as listed. */
    public List<String> entryDates() {
        return browser.findAll(By.cssSelector("tr.cb-entry td:nth-child(2) time")).stream()
                .map(t -> t.getAttribute("datetime")).toList();
    }

    /** The heading of the first budget group. */
    public String firstBudgetHeading() {
        return browser.find(By.cssSelector(".cb-approval-group h2")).getText();
    }

    /** Filters to one person's time from a day on and waits for the filtered page. */
    public ApprovalsPage filter(String personKey, String from) {
        new Select(browser.find(By.id("cb-filter-person"))).selectByValue(personKey);
        browser.pick(browser.visible(By.id("cb-filter-from")), from);
        andWaitForTheReload(() -> browser.find(By.id("cb-filter-apply")).click());
        return this;
    }

    public String personFilter() {
        return new Select(browser.find(By.id("cb-filter-person"))).getFirstSelectedOption().getAttribute("value");
    }

    public List<PersonGroup> personGroups() {
        return browser.findAll(By.cssSelector("table.cb-person-group")).stream().map(PersonGroup::new).toList();
    }

    /** The checkboxes of the entries that can be selected. */
    public List<WebElement> selectableEntries() {
        return browser.findAll(By.cssSelector("input.cb-select-entry:not(:disabled)"));
    }

    /** Ticks (or unticks) an entry's checkbox. */
    public ApprovalsPage toggle(WebElement entryBox) {
        browser.tick(entryBox);
        return this;
    }

    public ApprovalsPage toggleEntry(long entryId) {
        return toggle(browser.find(By.id("cb-select-" + entryId)));
    }

    /** "N selected" in the bulk bar. */
    public String selectedCount() {
        return browser.find(By.id("cb-selected-count")).getText();
    }

    /** Approves the selected entries and waits until the page reports them done. */
    public ApprovalsPage approveSelected(int selected) {
        browser.find(By.id("cb-approve-selected")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("cb-approval-results"),
                "Done: " + selected + "."));
        return this;
    }

    /** What the last bulk action reported ("Done: 3. ..."). */
    public String results() {
        return browser.find(By.id("cb-approval-results")).getText();
    }

    public RejectDialog rejectSelected() {
        browser.find(By.id("cb-reject-selected")).click();
        return new RejectDialog();
    }

    /** Opens the reject dialog from the keyboard: Enter on the focused "Reject" button. */
    public RejectDialog rejectSelectedWithTheKeyboard() {
        browser.find(By.id("cb-reject-selected")).sendKeys(Keys.ENTER);
        return new RejectDialog();
    }

    public EntryRow entry(long entryId) {
        return new EntryRow(browser.find(By.id("cb-entry-" + entryId)));
    }

    public boolean lists(long entryId) {
        return !browser.isAbsent(By.id("cb-entry-" + entryId));
    }

    // expenses

    public WebElement queuedExpense(long expenseId) {
        return browser.visible(expenseRow(expenseId));
    }

    public boolean queues(long expenseId) {
        return !browser.isAbsent(expenseRow(expenseId));
    }

    private static By expenseRow(long expenseId) {
        return By.cssSelector("#cb-expense-queue tr[data-expense-id='" + expenseId + "']");
    }

    public ApprovalsPage approveExpense(long expenseId) {
        WebElement row = queuedExpense(expenseId);
        andWaitForTheReload(() -> row.findElement(By.cssSelector("button[data-action=approve]")).click());
        return this;
    }

    /** One person's entries in a budget, with the group's select-all box. */
    public final class PersonGroup {
        private final WebElement table;

        private PersonGroup(WebElement table) {
            this.table = table;
        }

        public String personName() {
            return table.findElement(By.cssSelector("tr.cb-person-row label")).getText();
        }

        public WebElement selectAllBox() {
            return table.findElement(By.cssSelector("input.cb-select-group"));
        }

        public PersonGroup selectAll() {
            browser.tick(selectAllBox());
            return this;
        }
    }

    /** A time entry in the queue. */
    public final class EntryRow {
        private final WebElement row;

        private EntryRow(WebElement row) {
            this.row = row;
        }

        public boolean isDone() {
            return row.getAttribute("class").contains("cb-done");
        }

        /** The outcome shown after a decision ("Approved", "Rejected"). */
        public String result() {
            return row.findElement(By.className("cb-entry-result")).getText();
        }

        public EntryRow waitForResult(String text) {
            browser.waiting().until(ExpectedConditions.textToBePresentInElement(
                    row.findElement(By.className("cb-entry-result")), text));
            return this;
        }

        public String billable() {
            return row.findElement(By.className("cb-entry-billable")).getText();
        }

        public String clientNote() {
            return row.findElement(By.className("cb-client-note")).getText();
        }

        /** Opens the correction dialog (billable, client note). */
        public CorrectionDialog correct() {
            row.findElement(By.className("cb-entry-edit")).click();
            browser.visible(By.id("cb-edit-note"));
            return new CorrectionDialog();
        }

        /** Opens the entry's history; answers the row right under the entry. */
        public WebElement openHistory() {
            row.findElement(By.className("cb-entry-history")).click();
            browser.visible(By.cssSelector("tr.cb-history-row"));
            return row.findElement(By.xpath("following-sibling::tr[1]"));
        }

        /** The sentences of the entry's opened history, oldest first. */
        public List<String> historySentences() {
            return row.findElement(By.xpath("following-sibling::tr[1]"))
                    .findElements(By.className("cb-entry-history-sentence")).stream().map(WebElement::getText).toList();
        }

        public boolean historyIsExpanded() {
            return "true".equals(row.findElement(By.className("cb-entry-history")).getAttribute("aria-expanded"));
        }
    }

    /** The dialog asking why the selected entries are rejected. */
    public final class RejectDialog {
        private final WebElement reason;

        private RejectDialog() {
            reason = browser.visible(By.id("cb-reject-reason"));
        }

        public WebElement reasonField() {
            return reason;
        }

        public void cancelWithEscape() {
            reason.sendKeys(Keys.ESCAPE);
            waitUntilClosed();
        }

        public RejectDialog typeReason(String text) {
            reason.sendKeys(text);
            return this;
        }

        /** Enter in the reason field, without waiting for anything. */
        public RejectDialog pressEnter() {
            reason.sendKeys(Keys.ENTER);
            return this;
        }

        public String error() {
            return browser.visible(By.id("cb-reject-error")).getText();
        }

        /** Sends the rejection with Enter and waits until the dialog is closed. */
        public void sendWithEnter() {
            pressEnter();
            waitUntilClosed();
        }

        private void waitUntilClosed() {
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("cb-reject-dialog")));
        }
    }

    /** The dialog correcting an entry: billable or not, a note for the client. */
    public final class CorrectionDialog {
        private CorrectionDialog() {
        }

        public WebElement billableBox() {
            return browser.find(By.id("cb-edit-billable"));
        }

        /** A person clicks the label (AUI draws the box over the input). */
        public CorrectionDialog toggleBillable() {
            browser.find(By.cssSelector("label[for=cb-edit-billable]")).click();
            return this;
        }

        public CorrectionDialog typeClientNote(String note) {
            browser.find(By.id("cb-edit-note")).sendKeys(note);
            return this;
        }

        public void save() {
            browser.find(By.id("cb-edit-save")).click();
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("cb-edit-dialog")));
        }
    }
}
