package io.github.clientbudgets.devhost.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** Jira's dashboard ({@code /secure/Dashboard.jspa}) as the dev host draws it: the user and his projects. */
public final class DashboardPage {
    public static final String PATH = "/secure/Dashboard.jspa";
    private final Browser browser;

    private DashboardPage(Browser browser) {
        this.browser = browser;
    }

    public static DashboardPage open(Browser browser) {
        browser.open(PATH);
        return new DashboardPage(browser);
    }

    /** The dashboard Jira shows after a login; waits for its project list. */
    public static DashboardPage afterLogin(Browser browser) {
        browser.present(By.id("dh-projects"));
        return new DashboardPage(browser);
    }

    public String currentUser() {
        return browser.find(By.id("dh-current-user")).getText();
    }

    public List<WebElement> projectLinks() {
        return browser.findAll(By.cssSelector("#dh-projects a"));
    }

    public ProjectPage openProject(String key) {
        browser.find(By.id("dh-project-" + key)).click();
        return ProjectPage.shownIn(browser);
    }
}
