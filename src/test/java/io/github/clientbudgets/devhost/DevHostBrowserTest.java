package io.github.clientbudgets.devhost;

import io.github.clientbudgets.devhost.testing.browser.AdminPage;
import io.github.clientbudgets.devhost.testing.browser.Browser;
import io.github.clientbudgets.devhost.testing.browser.DashboardPage;
import io.github.clientbudgets.devhost.testing.browser.IssuePage;
import io.github.clientbudgets.devhost.testing.browser.PortalHomePage;
import io.github.clientbudgets.devhost.testing.browser.ProjectPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person's first minutes with the dev host, in Debian's headless chromium: pm logs in, opens ACME, sees the
 * plugin's Budgets item in the project sidebar, logs work on an issue through the issue page; then the client
 * logs in and opens the client portal's URL. Screenshots go to target/screenshots/.
 */
class DevHostBrowserTest {
    @RegisterExtension
    static final Browser browser = Browser.onDemoHost("");

    @Test
    void pmFindsBudgetsAndLogsWorkThenTheClientOpensThePortal() {
        DashboardPage.open(browser);
        assertTrue(browser.currentUrl().contains("/login.jsp"), "anonymous users are sent to the login page");
        browser.screenshot("01-login");

        browser.logInAs("pm");
        DashboardPage dashboard = DashboardPage.afterLogin(browser);
        assertEquals("Paula Manager", browser.header().userFullName());
        browser.screenshot("02-dashboard-pm");

        ProjectPage acme = dashboard.openProject("ACME");
        WebElement budgets = acme.budgetsItem();
        assertEquals("Budgets", budgets.getText().trim());
        assertTrue(budgets.getAttribute("href").endsWith("/jira/projects/ACME?selectedItem=io.github.clientbudgets.client-budgets-jira:project-budgets-sidebar"),
                budgets.getAttribute("href"));
        browser.screenshot("03-project-acme-sidebar");
        acme.openBudgets();
        assertTrue(acme.sidebarIsDisplayed(), "the project sidebar stays beside the budgets");
        browser.screenshot("03b-project-acme-budgets");

        IssuePage issue = acme.openIssue("ACME-1").logWork("1h 30m", "Logged in the browser test");
        assertTrue(issue.worklogComments().stream().anyMatch(c -> c.equals("Logged in the browser test")));
        browser.screenshot("04-issue-work-logged");
        assertEquals(1, browser.host().store().db().queryLong(
                "SELECT COUNT(*) FROM worklog WHERE author = 'pm' AND worklogbody = 'Logged in the browser test' AND timeworked = 5400"));

        browser.logInAs("admin");
        browser.open(AdminPage.PATH);
        assertTrue(AdminPage.isAskingForWebSudo(browser), "WebSudo first: " + browser.currentUrl());
        browser.screenshot("05-websudo-prompt");
        AdminPage admin = AdminPage.open(browser, "admin");
        assertTrue(admin.isSelectedInTheAdminSidebar(), "the plugin's admin page is decorated with atl.admin");
        browser.screenshot("05-admin-plugin-page");
        // the installation check: every REST class answers its probe from this browser, and a customer gets in
        admin.waitForTheProbes();
        assertEquals(List.of(), admin.probesThatFailed(), "REST probes that failed");
        assertTrue(admin.probes().size() >= 11);
        admin.checkCustomerIsAdmitted("client");
        assertTrue(admin.customerCheckResult().contains("Website relaunch"));
        browser.screenshot("05b-admin-installation-check");

        browser.logInAs("client");
        // a portal-only customer reaches the plugin's portal servlet, in the portal's own frame (never Jira's header),
        // with only his budgets
        PortalHomePage portal = PortalHomePage.open(browser);
        assertTrue(portal.budgetList().contains("Website relaunch"));
        assertEquals("Clara Client", portal.customerName(), "the portal's frame, logged in");
        assertFalse(browser.header().showsUser(), "no Jira header for a customer");
        browser.screenshot("06-client-portal-url");

        dashboard = DashboardPage.open(browser);
        assertTrue(dashboard.currentUser().contains("Clara Client"));
        assertTrue(dashboard.projectLinks().isEmpty(), "a portal-only customer browses no project");
        browser.screenshot("07-dashboard-client");

        WebElement logOut = browser.header().openUserMenu();
        browser.screenshot("08-user-menu");
        browser.header().logOut(logOut);
        DashboardPage.open(browser);
        assertTrue(browser.currentUrl().contains("/login.jsp"), "logged out through the AUI user menu");
    }
}
