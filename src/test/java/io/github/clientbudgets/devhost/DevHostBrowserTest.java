package io.github.clientbudgets.devhost;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import io.github.clientbudgets.devhost.testing.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person's first minutes with the dev host, in Debian's headless chromium: pm logs in, opens ACME, sees the
 * plugin's Budgets item in the project sidebar, logs work on an issue through the issue page; then the client
 * logs in and opens the client portal's URL. Screenshots go to target/screenshots/.
 */
class DevHostBrowserTest {
    private static DevHost host;
    private static WebDriver browser;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() throws IOException {
        host = TestHosts.start();
        chromium = HeadlessChromium.start(host, "");
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

    private static void screenshot(String name) {
        chromium.screenshot(name);
    }

    private static void open(String path) {
        chromium.open(path);
    }

    private static void login(String user) {
        chromium.login(user);
    }

    private static WebDriverWait waiting() {
        return chromium.waiting();
    }

    @Test
    void pmFindsBudgetsAndLogsWorkThenTheClientOpensThePortal() throws IOException {
        open("/secure/Dashboard.jspa");
        assertTrue(browser.getCurrentUrl().contains("/login.jsp"), "anonymous users are sent to the login page");
        screenshot("01-login");

        login("pm");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("dh-projects")));
        assertEquals("Paula Manager", browser.findElement(By.id("header-details-user-fullname")).getText());
        screenshot("02-dashboard-pm");

        browser.findElement(By.id("dh-project-ACME")).click();
        WebElement budgets = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("client-budgets-sidebar-link")));
        assertEquals("Budgets", budgets.getText().trim());
        assertTrue(budgets.getAttribute("href").endsWith("/jira/projects/ACME?selectedItem=io.github.clientbudgets.client-budgets-jira:project-budgets-sidebar"),
                budgets.getAttribute("href"));
        screenshot("03-project-acme-sidebar");
        budgets.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cb-budget-list")));
        assertTrue(browser.findElement(By.id("project-sidebar")).isDisplayed(), "the project sidebar stays beside the budgets");
        screenshot("03b-project-acme-budgets");
        browser.findElement(By.id("sidebar-issues")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("dh-issues")));

        browser.findElement(By.linkText("ACME-1")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("log-work-form")));
        int before = browser.findElements(By.cssSelector("tr.dh-worklog")).size();
        browser.findElement(By.id("log-work-time-spent")).sendKeys("1h 30m");
        browser.findElement(By.id("log-work-comment")).sendKeys("Logged in the browser test");
        browser.findElement(By.id("log-work-submit")).click();
        waiting().until(d -> d.findElements(By.cssSelector("tr.dh-worklog")).size() == before + 1);
        List<WebElement> comments = browser.findElements(By.cssSelector("td.dh-worklog-comment"));
        assertTrue(comments.stream().anyMatch(c -> c.getText().equals("Logged in the browser test")));
        screenshot("04-issue-work-logged");
        assertEquals(1, host.store().db().queryLong(
                "SELECT COUNT(*) FROM worklog WHERE author = 'pm' AND worklogbody = 'Logged in the browser test' AND timeworked = 5400"));

        login("admin");
        open("/plugins/servlet/client-budgets/admin");
        assertTrue(browser.getCurrentUrl().contains("/secure/admin/WebSudoAuthenticate"), "WebSudo first: " + browser.getCurrentUrl());
        screenshot("05-websudo-prompt");
        chromium.openAdminPage("/plugins/servlet/client-budgets/admin", "admin");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("admin-sidebar")));
        assertTrue(browser.findElement(By.id("client-budgets-admin-link")).findElement(By.xpath(".."))
                .getAttribute("class").contains("aui-nav-selected"), "the plugin's admin page is decorated with atl.admin");
        screenshot("05-admin-plugin-page");
        // the installation check: every REST class answers its probe from this browser, and a customer gets in
        waiting().until(d -> d.findElements(By.cssSelector("tr.cb-probe[data-outcome]")).size()
                == d.findElements(By.cssSelector("tr.cb-probe")).size());
        assertEquals(List.of(), browser.findElements(By.cssSelector("tr.cb-probe:not([data-outcome='pass'])")).stream()
                .map(WebElement::getText).toList(), "REST probes that failed");
        assertTrue(browser.findElements(By.cssSelector("tr.cb-probe")).size() >= 11);
        browser.findElement(By.id("cb-check-customer-name")).sendKeys("client");
        browser.findElement(By.id("cb-check-customer-go")).click();
        waiting().until(ExpectedConditions.attributeToBe(By.id("cb-check-customer-verdict"), "data-admitted", "true"));
        assertTrue(browser.findElement(By.id("cb-check-customer-result")).getText().contains("Website relaunch"));
        screenshot("05b-admin-installation-check");

        login("client");
        open("/plugins/servlet/client-budgets/portal");
        // a portal-only customer reaches the plugin's portal servlet, in the portal's own frame (never Jira's header),
        // with only his budgets
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cb-portal-home")));
        assertTrue(browser.findElement(By.id("cb-portal-budgets")).getText().contains("Website relaunch"));
        assertEquals("Clara Client", browser.findElement(By.id("cb-help-center-user")).getText(),
                "the portal's frame, logged in");
        assertTrue(browser.findElements(By.id("header-details-user-fullname")).isEmpty(), "no Jira header for a customer");
        screenshot("06-client-portal-url");

        open("/secure/Dashboard.jspa");
        assertTrue(browser.findElement(By.id("dh-current-user")).getText().contains("Clara Client"));
        assertTrue(browser.findElements(By.cssSelector("#dh-projects a")).isEmpty(), "a portal-only customer browses no project");
        screenshot("07-dashboard-client");

        browser.findElement(By.id("header-details-user-fullname")).click();
        WebElement logout = waiting().until(ExpectedConditions.elementToBeClickable(By.id("log_out")));
        screenshot("08-user-menu");
        logout.click();
        waiting().until(ExpectedConditions.urlContains("/login.jsp"));
        open("/secure/Dashboard.jspa");
        assertTrue(browser.getCurrentUrl().contains("/login.jsp"), "logged out through the AUI user menu");
    }
}
