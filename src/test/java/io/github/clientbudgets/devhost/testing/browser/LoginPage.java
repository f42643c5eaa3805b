package io.github.clientbudgets.devhost.testing.browser;

import org.openqa.selenium.By;

/** Jira's login form ({@code /login.jsp}). */
public final class LoginPage {
    public static final String PATH = "/login.jsp";
    private final Browser browser;

    LoginPage(Browser browser) {
        this.browser = browser;
    }

    /** Logs out first: the form is for a fresh session. */
    public LoginPage open() {
        browser.logOut();
        browser.open(PATH);
        return this;
    }

    /** Logs in with the demo password (the user name) and waits for the logged-in page. */
    public void logInAs(String user) {
        browser.find(By.id("login-form-username")).sendKeys(user);
        browser.find(By.id("login-form-password")).sendKeys(user);
        browser.find(By.id("login-form-submit")).click();
        // navigating on at once can abort the login POST
        browser.present(By.id("header-details-user-fullname"));
    }
}
