package io.github.clientbudgets.devhost.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A Jira project with its sidebar, where the plugin adds its "Budgets" item. */
public final class ProjectPage {
    private final Browser browser;

    private ProjectPage(Browser browser) {
        this.browser = browser;
    }

    /** Waits for the plugin's item in the project sidebar. */
    static ProjectPage shownIn(Browser browser) {
        browser.present(By.id("client-budgets-sidebar-link"));
        return new ProjectPage(browser);
    }

    public WebElement budgetsItem() {
        return browser.find(By.id("client-budgets-sidebar-link"));
    }

    public boolean sidebarIsDisplayed() {
        return browser.find(By.id("project-sidebar")).isDisplayed();
    }

    /** Follows the sidebar's "Budgets" item: the budget list, drawn inside the project page. */
    public ProjectPage openBudgets() {
        budgetsItem().click();
        browser.present(By.id("cb-budget-list"));
        return this;
    }

    /** Follows the sidebar's "Issues" item, then the issue's link in the list. */
    public IssuePage openIssue(String issueKey) {
        browser.find(By.id("sidebar-issues")).click();
        browser.present(By.id("dh-issues"));
        browser.find(By.linkText(issueKey)).click();
        return IssuePage.shownIn(browser);
    }
}
