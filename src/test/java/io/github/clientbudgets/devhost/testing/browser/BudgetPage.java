package io.github.clientbudgets.devhost.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/**
 * A budget's page for the team ({@code /plugins/servlet/client-budgets/budget/ID}): its services and hours, Client
 * Access, locked months, its time entries and expenses to decide on, the access explainer and the client preview.
 * Actions that reload the page wait for the new page.
 */
public final class BudgetPage {
    private static final By PAGE = By.id("cb-budget");
    private final Browser browser;

    private BudgetPage(Browser browser) {
        this.browser = browser;
    }

    public static BudgetPage open(Browser browser, long budgetId) {
        browser.open("/plugins/servlet/client-budgets/budget/" + budgetId);
        return shownIn(browser);
    }

    static BudgetPage shownIn(Browser browser) {
        browser.visible(PAGE);
        return new BudgetPage(browser);
    }

    private void andWaitForTheReload(Runnable action) {
        WebElement page = browser.find(PAGE);
        action.run();
        browser.untilGone(page);
        browser.visible(PAGE);
    }

    public long budgetId() {
        return Long.parseLong(browser.find(PAGE).getAttribute("data-budget-id"));
    }

    public String title() {
        return browser.find(By.tagName("h1")).getText();
    }

    // history

    /** The history's sentences, newest first. */
    public List<String> historySentences() {
        return browser.findAll(By.cssSelector("#cb-history .cb-history-sentence")).stream().map(WebElement::getText).toList();
    }

    /** The kind of each change shown ({@code BUDGET}, {@code EXPENSE}, ...), newest first. */
    public List<String> historyKinds() {
        return browser.findAll(By.cssSelector("#cb-history .cb-history-event")).stream()
                .map(r -> r.getAttribute("data-kind")).toList();
    }

    /** Shows only the history's changes of one kind, by its label in the filter ("Expenses"). */
    public BudgetPage filterHistory(String kindLabel) {
        browser.scrollTo(browser.find(By.id("cb-history-filter")));
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("cb-history-kind"))).selectByVisibleText(kindLabel);
        andWaitForTheReload(() -> browser.find(By.id("cb-history-show")).click());
        return this;
    }

    /** Scrolls the history into view (for a screenshot). */
    public void showHistory() {
        browser.scrollTo(browser.find(By.id("cb-history-panel")));
    }

    // services

    /** Whether the page says the budget has no services yet. */
    public boolean showsNoServices() {
        return browser.findAll(By.id("cb-no-services")).size() == 1;
    }

    public ServiceRow service(String name) {
        browser.visible(By.id("cb-services"));
        return browser.findAll(By.cssSelector("#cb-services tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("td")).getText().startsWith(name))
                .findFirst().map(ServiceRow::new).orElseThrow(() -> new AssertionError("no service row " + name));
    }

    public double usedHours() {
        return Numbers.in(browser.find(By.id("cb-used-hours")).getText());
    }

    public double pendingHours() {
        return Numbers.in(browser.find(By.id("cb-pending-hours")).getText());
    }

    /** Opens the "New service" form. */
    public NewServiceForm newService() {
        browser.find(By.id("cb-new-service")).click();
        return new NewServiceForm();
    }

    /** The "New service" form, hourly billing. */
    public final class NewServiceForm {
        private NewServiceForm() {
        }

        public NewServiceForm hourly(String name, String rate, String budgetedHours) {
            browser.type(By.id("cb-service-name"), name);
            new Select(browser.find(By.id("cb-service-billing"))).selectByValue("HOURLY");
            browser.type(By.id("cb-service-rate"), rate);
            browser.type(By.id("cb-service-hours"), budgetedHours);
            return this;
        }

        /** Ticks or unticks "Default service"; answers whether the box is now ticked. */
        public boolean markDefault(boolean isDefault) {
            WebElement box = browser.find(By.id("cb-service-default"));
            if (box.isSelected() != isDefault) {
                // AUI draws the box on the label (the input itself sits under it): a person clicks the label
                browser.find(By.cssSelector("label[for=cb-service-default]")).click();
            }
            return box.isSelected();
        }

        public BudgetPage add() {
            andWaitForTheReload(() -> browser.find(By.cssSelector("#cb-service-form button[type=submit]")).click());
            browser.visible(By.id("cb-services"));
            return BudgetPage.this;
        }
    }

    // Client Access

    public WebElement clientAccessSwitch() {
        return browser.visible(By.id("cb-client-access"));
    }

    /** Flips Client Access; the page sends it at once and reloads. */
    public BudgetPage switchClientAccess() {
        WebElement box = clientAccessSwitch();
        box.click();
        browser.untilGone(box);
        return this;
    }

    /** Opens the budget's edit form (unless open), picks the owner with Jira's user picker and saves; waits for the new page. */
    public BudgetPage changeOwnerTo(String typed, String choice) {
        WebElement old = browser.find(By.id("cb-budget"));
        if (String.valueOf(browser.find(By.id("cb-budget-form")).getAttribute("class")).contains("cb-hidden")) {
            browser.find(By.id("cb-edit-budget")).click();
        }
        owner().choose(typed, choice);
        browser.find(By.cssSelector("#cb-budget-form button[type=submit]")).click();
        browser.untilGone(old);
        browser.present(By.id("cb-budget"));
        return this;
    }

    /** The owner field of the budget's edit form (Jira's user picker). */
    public Picker owner() {
        return new Picker(browser, "cb-owner");
    }

    /** The owner the sidebar names. */
    public String ownerName() {
        return browser.find(By.cssSelector("p#cb-owner")).getText();
    }

    public GrantsPanel grants() {
        return new GrantsPanel(browser);
    }

    // locked months

    public void waitForNoLockedMonths() {
        browser.visible(By.id("cb-no-locks"));
    }

    /** Locks the last month the form offers; answers its value ({@code yyyy-MM}). */
    public String lockTheLastMonthOffered() {
        Select month = new Select(browser.visible(By.id("cb-lock-month")));
        String chosen = month.getOptions().get(month.getOptions().size() - 1).getAttribute("value");
        month.selectByValue(chosen);
        andWaitForTheReload(() -> browser.find(By.id("cb-lock-submit")).click());
        return chosen;
    }

    public WebElement lockedMonth(String month) {
        return browser.visible(By.cssSelector("#cb-locked-months li[data-month='" + month + "']"));
    }

    public BudgetPage unlock(String month) {
        WebElement locked = lockedMonth(month);
        andWaitForTheReload(() -> locked.findElement(By.className("cb-unlock")).click());
        return this;
    }

    // time entries

    public WebElement timeEntry(long entryId) {
        return browser.visible(By.id("cb-entry-" + entryId));
    }

    /** Takes an approval back; waits until the entry says it is pending again. */
    public WebElement takeBackApprovalOfEntry(long entryId) {
        WebElement row = timeEntry(entryId);
        WebElement unapprove = row.findElement(By.cssSelector("button[data-action=unapprove]"));
        browser.scrollTo(row);
        unapprove.click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElement(row.findElement(By.className("cb-entry-result")),
                "Back to pending"));
        return row;
    }

    // expenses

    public WebElement expense(long expenseId) {
        return browser.visible(By.cssSelector("#cb-expenses tr[data-expense-id='" + expenseId + "']"));
    }

    public boolean offersApprovalOfExpense(long expenseId) {
        return !expense(expenseId).findElements(By.cssSelector("button[data-action=approve]")).isEmpty();
    }

    /** Whether the reviewer is offered any decision (approve, reject, take back) on the expense. */
    public boolean offersADecisionOnExpense(long expenseId) {
        return !expense(expenseId).findElements(By.cssSelector(".cb-expense-decision, .cb-expense-reject-open")).isEmpty();
    }

    public BudgetPage takeBackApprovalOfExpense(long expenseId) {
        WebElement row = expense(expenseId);
        browser.scrollTo(row);
        andWaitForTheReload(() -> row.findElement(By.cssSelector("button[data-action=unapprove]")).click());
        return this;
    }

    /** Rejects an expense through its reason field, sent with Enter. */
    public BudgetPage rejectExpense(long expenseId, String reason) {
        WebElement row = expense(expenseId);
        browser.scrollTo(row);
        row.findElement(By.className("cb-expense-reject-open")).click();
        WebElement field = browser.visible(By.id("cb-expense-reason-" + expenseId));
        field.sendKeys(reason);
        andWaitForTheReload(() -> field.sendKeys(Keys.ENTER));
        return this;
    }

    // the access explainer and the client preview

    /** Asks the explainer whether the user can see this budget in the portal; waits for its reasons. */
    public BudgetPage explainAccessOf(String userKey) {
        new Picker(browser, "cb-explain-user").choose(userKey, "(" + userKey + ")");
        browser.find(By.id("cb-explain-go")).click();
        browser.present(By.cssSelector("#cb-explain-reasons li"));
        return this;
    }

    public String explainerVerdict() {
        return browser.find(By.id("cb-explain-verdict")).getText();
    }

    public List<WebElement> explainerReasonsMet() {
        return browser.findAll(By.cssSelector("#cb-explain-reasons li.cb-met"));
    }

    /** Waits until the user can be chosen for "View as client" (the choices come from the grants). */
    public void waitForPreviewChoice(String userKey) {
        browser.present(By.cssSelector("#cb-view-as-user option[value='" + userKey + "']"));
    }

    /** Opens the portal's budget page as the client would see it. */
    public PortalBudgetPage viewAsClient(String userKey) {
        new Select(browser.find(By.id("cb-view-as-user"))).selectByValue(userKey);
        browser.find(By.id("cb-view-as-client")).click();
        browser.present(By.id("cb-preview-banner"));
        return PortalBudgetPage.shownIn(browser);
    }

    /** A row of the services table. */
    public static final class ServiceRow {
        private final WebElement row;

        private ServiceRow(WebElement row) {
            this.row = row;
        }

        /** Cells: name, billing, rate, cost rate, budgeted hours, used hours, pending hours, used. */
        private String cell(int index) {
            return row.findElements(By.tagName("td")).get(index).getText().trim();
        }

        public long id() {
            return Long.parseLong(row.getAttribute("data-service-id"));
        }

        /** "true" on the budget's default service, "false" on the others. */
        public String defaultMark() {
            return row.getAttribute("data-default");
        }

        public double rate() {
            return Numbers.in(cell(2));
        }

        public double usedHours() {
            return Numbers.in(cell(5));
        }

        public double pendingHours() {
            return Numbers.in(cell(6));
        }

        public String text() {
            return row.getText();
        }
    }
}
