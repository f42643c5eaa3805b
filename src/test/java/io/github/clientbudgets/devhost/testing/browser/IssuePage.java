package io.github.clientbudgets.devhost.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/** An issue's page ({@code /browse/KEY}): Jira's Log work form and worklogs, and the plugin's Budget panel. */
public final class IssuePage {
    private static final By WORKLOGS = By.cssSelector("tr.dh-worklog");
    private final Browser browser;

    private IssuePage(Browser browser) {
        this.browser = browser;
    }

    public static IssuePage open(Browser browser, String issueKey) {
        browser.open("/browse/" + issueKey);
        return new IssuePage(browser);
    }

    /** Waits for the Log work form. */
    static IssuePage shownIn(Browser browser) {
        browser.present(By.id("log-work-form"));
        return new IssuePage(browser);
    }

    public int worklogCount() {
        return browser.findAll(WORKLOGS).size();
    }

    public List<String> worklogComments() {
        return browser.findAll(By.cssSelector("td.dh-worklog-comment")).stream().map(WebElement::getText).toList();
    }

    /** Fills the Log work form; {@code started} ({@code yyyy-MM-ddTHH:mm}) may be null for "now". */
    public IssuePage fillInWork(String timeSpent, String started, String comment) {
        browser.visible(By.id("log-work-form"));
        browser.type(By.id("log-work-time-spent"), timeSpent);
        if (started != null) {
            browser.pick(browser.visible(By.id("log-work-started")), started);
        }
        browser.type(By.id("log-work-comment"), comment);
        return this;
    }

    /** Sends the Log work form and waits for the new worklog in the list. */
    public IssuePage submitWork() {
        int before = worklogCount();
        browser.find(By.id("log-work-submit")).click();
        browser.waiting().until(d -> d.findElements(WORKLOGS).size() == before + 1);
        return this;
    }

    public IssuePage logWork(String timeSpent, String comment) {
        return fillInWork(timeSpent, null, comment).submitWork();
    }

    /** Assigns the issue to a budget's service in the Budget panel and waits until the panel says so. */
    public IssuePage assignTo(String budgetName, String serviceName) {
        Select choices = new Select(browser.visible(By.id("cb-issue-select")));
        WebElement option = choices.getOptions().stream()
                .filter(o -> o.getText().contains(budgetName) && o.getText().contains(serviceName))
                .findFirst().orElseThrow(() -> new AssertionError("no " + budgetName + " / " + serviceName
                        + " in the issue's Budget panel"));
        choices.selectByValue(option.getAttribute("value"));
        browser.find(By.cssSelector("#cb-issue-form button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("cb-issue-service"), serviceName));
        return this;
    }

    /** The id of the service chosen in the Budget panel. */
    public String assignedServiceId() {
        return new Select(browser.visible(By.id("cb-issue-select"))).getFirstSelectedOption().getAttribute("value");
    }

    /** A time entry in the Budget panel's list of the user's own entries. */
    public WebElement myEntry(long entryId) {
        return browser.visible(By.cssSelector("#cb-issue-entries li[data-entry-id='" + entryId + "']"));
    }
}
