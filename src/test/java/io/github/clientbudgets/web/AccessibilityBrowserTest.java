package io.github.clientbudgets.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.testing.browser.AdminPage;
import io.github.clientbudgets.devhost.testing.browser.ApprovalsPage;
import io.github.clientbudgets.devhost.testing.browser.Axe;
import io.github.clientbudgets.devhost.testing.browser.Browser;
import io.github.clientbudgets.devhost.testing.browser.BudgetPage;
import io.github.clientbudgets.devhost.testing.browser.CustomerLoginPage;
import io.github.clientbudgets.devhost.testing.browser.IssuePage;
import io.github.clientbudgets.devhost.testing.browser.JsmPortalPage;
import io.github.clientbudgets.devhost.testing.browser.MyTimePage;
import io.github.clientbudgets.devhost.testing.browser.PortalBudgetPage;
import io.github.clientbudgets.devhost.testing.browser.PortalHomePage;
import io.github.clientbudgets.devhost.testing.browser.ProjectBudgetsPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages for people who do not use a mouse or a big screen, in Debian's headless chromium on the demo data:
 * axe-core over every team and portal page (and the Approvals page's dialogs) finds nothing, of any impact; pm
 * approves and rejects on the Approvals page with Tab, Space, Enter and Escape alone, seeing where the focus is; the
 * portal fits a 375 px wide phone without scrolling sideways. Screenshots: target/screenshots/a11y-*.png.
 */
class AccessibilityBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PHONE = 375;
    private static final String REASON = "Logged on the wrong issue";
    private static final String SELECTABLE = "tr.cb-entry:not(.cb-done) input.cb-select-entry:not(:disabled)";
    @RegisterExtension
    static final Browser browser = Browser.onDemoHost("a11y-");

    private static JsonNode rest(String path) throws IOException {
        HttpResponse<String> response = TestHosts.get(browser.host(), "/rest/client-budgets/1.0" + path, "pm");
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static long websiteRelaunch() throws IOException {
        return budget("ACME", "Website relaunch");
    }

    private static long budget(String projectKey, String name) throws IOException {
        for (JsonNode b : rest("/budgets?projectKey=" + projectKey)) {
            if (b.get("name").asText().equals(name)) {
                return b.get("id").asLong();
            }
        }
        throw new AssertionError("no " + name + " in the demo's " + projectKey);
    }

    private static String status(long entryId) throws IOException {
        for (JsonNode e : rest("/time-entries?budgetId=" + websiteRelaunch() + "&limit=500").get("entries")) {
            if (e.get("id").asLong() == entryId) {
                return e.get("status").asText() + (e.hasNonNull("rejectionReason")
                        ? ":" + e.get("rejectionReason").asText() : "");
            }
        }
        throw new AssertionError("no entry " + entryId);
    }

    /** What axe finds, page by page: all pages are checked before the test fails, so one run names everything. */
    private static final class Findings {
        private final Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
        private int pages;

        /** axe over the page once the plugin's stylesheet applies (colour contrast is judged on the styled page). */
        void check(String page) {
            browser.waitUntilStyled();
            checkAsShown(page);
        }

        void checkAsShown(String page) {
            pages++;
            List<Axe.Violation> violations = browser.axe().violations();
            if (!violations.isEmpty()) {
                found.put(page, violations);
            }
        }

        void assertNone() {
            StringBuilder message = new StringBuilder();
            found.forEach((page, violations) -> {
                message.append('\n').append(page).append(':');
                violations.forEach(v -> message.append('\n').append(v));
            });
            assertTrue(found.isEmpty(), "axe-core finds violations on " + found.size() + " of " + pages + " pages:"
                    + message);
        }
    }

    @Test
    void axeFindsNothingOnAnyTeamOrPortalPage() throws IOException {
        long website = websiteRelaunch();
        Findings axe = new Findings();
        browser.logInAs("pm");
        ProjectBudgetsPage.open(browser, "ACME").grants().waitForGrantTo("client");
        axe.check("ACME's Budgets (project page)");
        browser.find(By.id("cb-new-budget")).click();
        browser.visible(By.id("cb-name"));
        axe.check("ACME's Budgets with the new-budget form");

        BudgetPage budget = BudgetPage.open(browser, website);
        budget.grants().waitForGrantTo("client");
        budget.waitForPreviewChoice("client");
        axe.check("budget page");
        budget.explainAccessOf("client");
        axe.check("budget page with the explainer's answer");
        budget.newService();
        browser.visible(By.id("cb-service-name"));
        axe.check("budget page with the new-service form");
        browser.find(By.id("cb-new-expense")).click();
        browser.visible(By.id("cb-expense-description"));
        axe.check("budget page with the new-expense form");
        BudgetPage.open(browser, budget("ACME", "Internal tooling"));
        axe.check("budget page of a non-billable budget");
        ProjectBudgetsPage.open(browser, "GLOBEX");
        axe.check("GLOBEX's Budgets (project page)");
        BudgetPage.open(browser, budget("GLOBEX", "Support retainer"));
        axe.check("budget page of a retainer");

        ApprovalsPage.open(browser);
        axe.check("Approvals");
        browser.find(By.cssSelector("tr.cb-entry .cb-entry-edit")).click();
        browser.visible(By.id("cb-edit-note"));
        axe.check("Approvals, correction dialog");
        browser.press(Keys.ESCAPE);
        browser.tick(browser.find(By.cssSelector(SELECTABLE)));
        browser.find(By.id("cb-reject-selected")).click();
        browser.visible(By.id("cb-reject-reason"));
        axe.check("Approvals, reject dialog");
        browser.press(Keys.ENTER);
        browser.visible(By.id("cb-reject-error"));
        axe.check("Approvals, reject dialog with its error");
        browser.press(Keys.ESCAPE);
        browser.find(By.cssSelector("tr.cb-entry .cb-entry-history")).click();
        browser.visible(By.cssSelector("tr.cb-history-row"));
        axe.check("Approvals with an entry's history");

        IssuePage.open(browser, "ACME-1");
        browser.visible(By.id("cb-issue-select"));
        axe.checkAsShown("issue page's Budget panel");

        budget = BudgetPage.open(browser, website);
        budget.waitForPreviewChoice("client");
        PortalBudgetPage preview = budget.viewAsClient("client");
        preview.waitForServices();
        axe.check("view as client");

        browser.logInAs("dev");
        MyTimePage.open(browser);
        axe.check("My time");

        browser.logInAs("admin");
        AdminPage.open(browser, "admin");
        browser.visible(By.cssSelector(".cb-admin"));
        axe.check("admin page");

        browser.logInAs("client");
        PortalHomePage home = PortalHomePage.open(browser);
        axe.check("portal home");
        PortalBudgetPage portal = home.openBudget("Website relaunch").waitForServices();
        axe.check("portal budget, Services");
        browser.find(By.cssSelector("#cb-burnup-text summary")).click();
        axe.check("portal budget, Services with the chart as a table");
        portal.openTimeTab();
        axe.check("portal budget, Time");
        portal.openExpensesTab();
        axe.check("portal budget, Expenses");

        browser.logInAs("other");
        PortalHomePage.open(browser).openBudget("Support retainer").waitForServices();
        axe.check("portal budget of a retainer");

        // a JSM customer: the customers' own frame and the panel on JSM's portal
        browser.logOut();
        browser.open(PortalHomePage.PATH);
        CustomerLoginPage.shownIn(browser).logInAs("client");
        PortalHomePage.open(browser);
        axe.check("portal home in the customers' frame");
        JsmPortalPage acmePortal = JsmPortalPage.open(browser, 1).waitForBudgetsPanel();
        axe.checkAsShown("JSM's portal with the Your budgets panel");
        acmePortal.openBudget("Website relaunch").waitForServices();
        axe.check("portal budget in the customers' frame");
        axe.assertNone();
    }

    @Test
    void pmApprovesAndRejectsOnTheApprovalsPageWithTheKeyboardAlone() throws IOException {
        browser.logInAs("pm");
        ApprovalsPage.open(browser, "?authorKey=dev");
        browser.waitUntilStyled();

        // Tab to the first entry, Space selects it; Tab on to the next one
        browser.tabTo(SELECTABLE, false, 120);
        assertTrue(browser.focusIsVisible(), "the focus shows on " + browser.describeFocus());
        long first = Long.parseLong(browser.focused().getAttribute("value"));
        browser.press(Keys.SPACE);
        assertTrue(browser.focused().isSelected(), "Space ticks the box");
        int steps = browser.tabTo(SELECTABLE + ":not(:checked)", false, 10);
        assertTrue(steps <= 5, "the next entry is a few Tabs on (its link and buttons between), not " + steps);
        long second = Long.parseLong(browser.focused().getAttribute("value"));
        browser.press(Keys.SPACE);
        assertEquals("2 selected", browser.find(By.id("cb-selected-count")).getText());

        // back to Approve in the bar above, Enter approves both; the focus goes to what happened
        browser.tabTo("#cb-approve-selected", true, 80);
        assertTrue(browser.focusIsVisible(), "the focus shows on " + browser.describeFocus());
        browser.screenshotWhenStyled("keyboard-01-approve-focused");
        browser.press(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("cb-approval-results"),
                "Done: 2."));
        assertTrue(browser.focusMatches("#cb-approval-results"), "after approving: " + browser.describeFocus());
        assertEquals("APPROVED", status(first));
        assertEquals("APPROVED", status(second));

        // select a third, Shift+Tab to Reject, Enter opens the dialog with the focus on the reason
        browser.tabTo(SELECTABLE, false, 150);
        long third = Long.parseLong(browser.focused().getAttribute("value"));
        browser.press(Keys.SPACE);
        browser.tabTo("#cb-reject-selected", true, 80);
        browser.press(Keys.ENTER);
        browser.visible(By.id("cb-reject-reason"));
        assertTrue(browser.focusMatches("#cb-reject-reason"), "the dialog opens on its reason: " + browser.describeFocus());

        // Escape cancels and gives the focus back to Reject; Space opens the dialog again
        browser.press(Keys.ESCAPE);
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("cb-reject-dialog")));
        assertTrue(browser.focusMatches("#cb-reject-selected"), "Escape returns to Reject: " + browser.describeFocus());
        assertTrue(browser.focusIsVisible(), "the focus shows on " + browser.describeFocus());
        assertEquals("PENDING", status(third));
        browser.press(Keys.SPACE);
        browser.visible(By.id("cb-reject-reason"));
        assertTrue(browser.focusMatches("#cb-reject-reason"), browser.describeFocus());

        // Enter without a reason is refused and keeps the focus in the field; Tab stays inside the dialog
        browser.press(Keys.ENTER);
        assertEquals("Say why the entry is rejected.", browser.visible(By.id("cb-reject-error")).getText());
        assertTrue(browser.focusMatches("#cb-reject-reason"), browser.describeFocus());
        for (int i = 0; i < 4; i++) {
            browser.press(Keys.TAB);
            assertTrue(browser.focusMatches("#cb-reject-dialog *, body"),
                    "Tab leaves the open dialog for " + browser.describeFocus());
        }
        browser.tabTo("#cb-reject-reason", false, 6);

        // type the reason, Tab to the dialog's Reject, Enter sends; the focus goes to what happened
        browser.press(REASON);
        browser.tabTo("#cb-reject-confirm", false, 3);
        assertTrue(browser.focusIsVisible(), "the focus shows on " + browser.describeFocus());
        browser.screenshotWhenStyled("keyboard-02-reject-confirm-focused");
        browser.press(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("cb-reject-dialog")));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#cb-entry-" + third + " .cb-entry-result"), "Rejected"));
        assertTrue(browser.focusMatches("#cb-approval-results"), "after rejecting: " + browser.describeFocus());
        assertEquals("REJECTED:" + REASON, status(third));
        browser.screenshotWhenStyled("keyboard-03-rejected");

        // an entry's correction dialog: Enter on Edit opens it, Escape closes it and the focus is back on Edit
        browser.tabTo("tr.cb-entry:not(.cb-done) .cb-entry-edit", false, 40);
        String edit = "#" + browser.focused().findElement(By.xpath("ancestor::tr[1]")).getAttribute("id") + " .cb-entry-edit";
        browser.press(Keys.ENTER);
        browser.visible(By.id("cb-edit-note"));
        assertTrue(browser.focusMatches("#cb-edit-dialog *"), "the dialog takes the focus: " + browser.describeFocus());
        browser.press(Keys.ESCAPE);
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("cb-edit-dialog")));
        assertTrue(browser.focusMatches(edit), "Escape returns to Edit: " + browser.describeFocus());
        assertTrue(browser.focusIsVisible(), "the focus shows on " + browser.describeFocus());
    }

    @Test
    void thePortalFitsAPhoneWithoutScrollingSideways() {
        browser.logInAs("client");
        browser.phone(PHONE, 800);
        try {
            Findings axe = new Findings();
            PortalHomePage home = PortalHomePage.open(browser);
            assertEquals(PHONE, browser.viewportWidth(), "the page is laid out for the phone's width");
            fits("home");
            axe.check("portal home at 375 px");
            PortalBudgetPage budget = home.openBudget("Website relaunch").waitForServices();
            fits("services");
            axe.check("portal budget, Services at 375 px");
            budget.openTimeTab();
            fits("time");
            axe.check("portal budget, Time at 375 px");
            budget.openExpensesTab();
            fits("expenses");
            axe.check("portal budget, Expenses at 375 px");
            axe.assertNone();
        } finally {
            browser.desktop();
        }
    }

    /** The page is no wider than the phone: nothing makes it scroll sideways. Leaves a screenshot. */
    private static void fits(String page) {
        browser.waitUntilStyled();
        browser.screenshot("phone-" + page);
        long width = browser.pageScrollWidth();
        assertTrue(width <= PHONE, page + " is " + width + " px wide at " + PHONE + " px: "
                + browser.script("var w = document.documentElement.clientWidth, out = [];"
                + " document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                + " if (r.right > w + 1 && out.length < 5) { out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + " + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                + " + ' to ' + Math.round(r.right)); } }); return out.join(', ');"));
    }
}
