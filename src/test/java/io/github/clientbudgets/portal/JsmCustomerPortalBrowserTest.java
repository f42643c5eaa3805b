package io.github.clientbudgets.portal;

import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.testing.browser.Browser;
import io.github.clientbudgets.devhost.testing.browser.CustomerLoginPage;
import io.github.clientbudgets.devhost.testing.browser.JsmPortalPage;
import io.github.clientbudgets.devhost.testing.browser.PortalBudgetPage;
import io.github.clientbudgets.devhost.testing.browser.PortalHomePage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A JSM customer's way in, in real chromium on the dev host: the client portal's address sends him to JSM's customer
 * login, which brings him back; ACME's customer portal shows his budgets in its subheader (hostile budget names as
 * text, nothing runs); the panel's link opens the budget in the customers' own frame, without Jira's header. A
 * licensed PM keeps Jira's header on the same portal page.
 */
class JsmCustomerPortalBrowserTest {
    @RegisterExtension
    static final Browser browser = Browser.onDemoHost("jsm-portal-");

    @BeforeAll
    static void hostileBudgetNames() {
        for (String name : JsmCustomerPortalTest.HOSTILE) {
            var r = TestHosts.send(TestHosts.request(browser.host(), "/rest/client-budgets/1.0/budgets")
                    .header("Authorization", TestHosts.basic("pm")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JsmCustomerPortalTest.budget("ACME", name))));
            assertEquals(201, r.statusCode(), r.body());
        }
    }

    private static void nothingRan(String where) {
        assertNull(browser.scriptInjectionFlag(), where + ": a payload ran");
        assertNull(browser.openAlert(), where + ": an alert opened");
    }

    @Test
    void theCustomerLogsInThroughJsmSeesHisBudgetsOnThePortalAndOpensOneWithoutJirasHeader() {
        browser.logOut();
        browser.open(PortalHomePage.PATH);
        CustomerLoginPage login = CustomerLoginPage.shownIn(browser);
        assertTrue(browser.currentUrl().contains("/servicedesk/customer/user/login?destination=plugins%2Fservlet%2Fclient-budgets%2Fportal"),
                browser.currentUrl());
        login.logInAs("client");
        assertTrue(browser.currentUrl().endsWith("/jira/plugins/servlet/client-budgets/portal"), "back where he wanted to go");
        assertFalse(browser.header().isShown(), "no Jira header for a customer");

        JsmPortalPage acme = JsmPortalPage.open(browser, 1).waitForBudgetsPanel();
        browser.screenshot("01-acme-portal");
        String panel = acme.subheader();
        for (String name : JsmCustomerPortalTest.HOSTILE) {
            assertTrue(panel.contains(name), "shown as text: " + name + " in " + panel);
        }
        nothingRan("ACME's portal");
        assertEquals(0, acme.subheaderMarkup().size());

        PortalBudgetPage budget = acme.openBudget("Website relaunch");
        browser.screenshot("02-budget-in-customer-frame");
        assertEquals("Website relaunch", budget.title());
        assertFalse(browser.header().isShown(), "still no Jira header");
        assertTrue(budget.helpCenterLink().endsWith("/servicedesk/customer/portals"));
        nothingRan("the budget");
    }

    @Test
    void aLicensedPmKeepsJirasFrameOnTheClientPortal() {
        browser.logInAs("pm");
        PortalHomePage home = PortalHomePage.open(browser);
        assertEquals("Paula Manager", browser.header().userFullName());
        assertFalse(home.showsTheCustomersFrame());
        JsmPortalPage acme = JsmPortalPage.open(browser, 1);
        assertFalse(acme.showsBudgetsPanel(), "the PM is no client: no panel");
    }
}
