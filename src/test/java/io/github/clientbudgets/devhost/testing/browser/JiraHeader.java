package io.github.clientbudgets.devhost.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Jira's header bar on top of Jira's pages (customers on the portal do not get it). */
public final class JiraHeader {
    private static final By USER_NAME = By.id("header-details-user-fullname");
    private final Browser browser;

    JiraHeader(Browser browser) {
        this.browser = browser;
    }

    /** Whether Jira's header bar is on the page at all. */
    public boolean isShown() {
        return !browser.isAbsent(By.id("header"));
    }

    /** Whether the user menu with the logged-in user's name is on the page. */
    public boolean showsUser() {
        return !browser.isAbsent(USER_NAME);
    }

    public String userFullName() {
        return browser.find(USER_NAME).getText();
    }

    public WebElement approvalsLink() {
        return browser.find(By.id("client-budgets-approvals-link"));
    }

    /** Opens the user menu and returns its "Log out" item once it can be clicked. */
    public WebElement openUserMenu() {
        browser.find(USER_NAME).click();
        return browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("log_out")));
    }

    /** Logs out through the user menu and waits for the login page. */
    public void logOut(WebElement logOutItem) {
        logOutItem.click();
        browser.waiting().until(ExpectedConditions.urlContains(LoginPage.PATH));
    }
}
