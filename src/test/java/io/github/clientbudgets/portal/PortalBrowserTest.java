package io.github.clientbudgets.portal;

import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.testing.browser.AdminPage;
import io.github.clientbudgets.devhost.testing.browser.Browser;
import io.github.clientbudgets.devhost.testing.browser.BudgetPage;
import io.github.clientbudgets.devhost.testing.browser.GrantsPanel;
import io.github.clientbudgets.devhost.testing.browser.PortalBudgetPage;
import io.github.clientbudgets.devhost.testing.browser.PortalHomePage;
import io.github.clientbudgets.devhost.testing.browser.ProjectBudgetsPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal in real chromium on the demo data: the client opens his budget, switches tabs, filters the Time tab,
 * pages and downloads the CSV; the PM previews the budget as the client from the budget page and asks the access
 * explainer. Screenshots land in target/screenshots/portal-*.png (copies in docs/screenshots/).
 */
class PortalBrowserTest {
    @RegisterExtension
    static final Browser browser = Browser.onDemoHost("portal-");
    /** Jira's default date pattern in the client's (the instance's default) language. */
    private static final java.time.format.DateTimeFormatter JIRA_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MMM/yy", java.util.Locale.US);

    @Test
    void theClientFollowsHisBudget() {
        browser.logInAs("client");
        PortalHomePage home = PortalHomePage.open(browser);
        browser.screenshot("home");
        WebElement link = home.budgetLinks().get(0);
        assertEquals("Website relaunch", link.getText());
        assertFalse(browser.pageSource().contains("Internal tooling"));
        PortalBudgetPage budget = home.openBudget("Website relaunch").waitForServices();
        assertTrue(budget.header().contains("€60,000.00"), "the total with the euro's symbol: " + budget.header());
        assertTrue(budget.burnUpChartIsDisplayed());
        browser.screenshot("services");

        // the chart by keyboard: Tab reaches a point, which names its value and shows it in its tooltip
        WebElement point = budget.tabToTheFirstChartPoint();
        String name = point.getAttribute("aria-label");
        assertTrue(name.matches("[A-Z][a-z]+ \\d{4}: [\\d,]+\\.\\d{2} hours used"),
                "the month by its name, the hours in the client's digits: " + name);
        String tooltip = budget.chartTooltip(point);
        String[] monthAndHours = name.split(": ");
        assertEquals(monthAndHours[0] + " " + monthAndHours[1].replace(" hours used", " h used"), tooltip,
                "the focused point's tooltip shows its month and hours");
        browser.screenshot("chart-point-focused");
        // and the chart as a table, a disclosure that opens
        assertFalse(budget.chartTableIsOpen());
        List<String> months = budget.openChartTable();
        assertTrue(months.stream().anyMatch(m -> m.startsWith(monthAndHours[0] + " ")), months.toString());
        assertTrue(budget.chartTableIsOpen());
        browser.screenshot("chart-table");

        budget.openTimeTab();
        String allTotal = budget.paging();
        int rows = budget.timeRows().size();
        assertEquals(50, rows, "one page of 50");
        budget.nextPage();

        // filter: October, Development only
        String from = TestHosts.DEMO_START.plusMonths(1).toString();
        String to = TestHosts.DEMO_START.plusMonths(2).minusDays(1).toString();
        budget.filterTime(from, to, "Development");
        for (WebElement row : budget.timeRows()) {
            String text = row.getText();
            assertTrue(text.contains("Development"), text);
            String day = row.findElement(By.tagName("time")).getAttribute("datetime");
            assertTrue(day.compareTo(from) >= 0 && day.compareTo(to) <= 0, text);
            assertTrue(text.startsWith(JIRA_DATE.format(java.time.LocalDate.parse(day))), "Jira's date format: " + text);
        }
        assertFalse(budget.paging().equals(allTotal), "the filter narrowed the list");
        browser.screenshot("time");

        // the CSV link keeps the filter; fetch it with the browser's session
        String csvUrl = budget.csvLink();
        assertTrue(csvUrl.contains("time.csv") && csvUrl.contains("serviceId="), csvUrl);
        HttpResponse<String> csv = TestHosts.send(TestHosts.request(browser.host(),
                csvUrl.substring(browser.host().baseUrl().length())).header("Cookie", budget.sessionCookie()).GET());
        assertEquals(200, csv.statusCode());
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].startsWith("\"Date (YYYY-MM-DD)\",\"Issue\",\"Service\",\"Hours (decimal, e.g. 1.50)\""),
                "machine formats, and the header says so: " + lines[0]);
        assertTrue(lines.length > 1);
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].contains("\"Development\""), lines[i]);
        }

        budget.openExpensesTab();
        browser.screenshot("expenses");
    }

    @Test
    void thePmPreviewsAsTheClientAndAsksTheExplainer() {
        browser.logInAs("pm");
        ProjectBudgetsPage acme = ProjectBudgetsPage.open(browser, "ACME");
        // grants on the project's Budgets page: add one, see it listed, remove it again
        GrantsPanel grants = acme.grants();
        grants.waitForGrantTo("client");
        grants.grantTo("dev2");
        grants.userPicker().waitForNoMatches("ghost");
        grants.revokeFrom("dev2");
        // a JSM customer organization, picked by part of its name, listed and removed
        long organization = grants.grantToOrganization("logist", "Acme Logistics");
        assertTrue(grants.organizationGrantOf(organization).getText().contains("JSM organization #" + organization));
        grants.revokeFromOrganization(organization);
        BudgetPage website = acme.openBudget("Website relaunch");
        // the grants list is loaded by script; the client is one of them and can be chosen for the preview
        website.grants().waitForGrantTo("client");
        website.waitForPreviewChoice("client");
        website.explainAccessOf("client");
        assertTrue(website.explainerVerdict().startsWith("Yes"));
        assertEquals(3, website.explainerReasonsMet().size());
        browser.screenshot("budget-sidebar");

        PortalBudgetPage preview = website.viewAsClient("client");
        assertTrue(preview.previewBanner().contains("Clara Client"));
        assertFalse(browser.pageSource().contains("Internal cost rate"));
        preview.openTimeTab();
        assertTrue(browser.currentUrl().contains("viewAs=client"), "the tabs stay in the preview");
        browser.screenshot("view-as-client");

        browser.logInAs("admin"); // the admin page is for Jira admins
        AdminPage admin = AdminPage.open(browser, "admin").explainAccess("other", 1);
        assertTrue(admin.explainerVerdict().startsWith("No"));
        assertEquals(1, admin.explainerReasonsUnmet().size());
        browser.screenshot("admin-explainer");
    }
}
