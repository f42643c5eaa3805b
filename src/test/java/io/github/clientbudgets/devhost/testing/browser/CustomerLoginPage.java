package io.github.clientbudgets.devhost.testing.browser;

import org.openqa.selenium.By;

/** Jira Service Management's customer login ({@code /servicedesk/customer/user/login}), where customers log in. */
public final class CustomerLoginPage {
    private final Browser browser;

    private CustomerLoginPage(Browser browser) {
        this.browser = browser;
    }

    /** The page a customer is sent to; waits for its form. */
    public static CustomerLoginPage shownIn(Browser browser) {
        browser.present(By.id("cv-login-form"));
        return new CustomerLoginPage(browser);
    }

    /** Logs in with the demo password and waits for the customers' frame of the page he is sent back to. */
    public void logInAs(String user) {
        browser.find(By.id("os_username")).sendKeys(user);
        browser.find(By.id("os_password")).sendKeys(user);
        browser.find(By.id("cv-login-submit")).click();
        browser.present(By.id("cb-help-center-header"));
    }
}
