package io.github.clientbudgets.signoff;

import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.testing.browser.Browser;
import io.github.clientbudgets.devhost.testing.browser.BudgetPage;
import io.github.clientbudgets.devhost.testing.browser.PortalHomePage;
import io.github.clientbudgets.devhost.testing.browser.SignOffPanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sign-off half of the loop in real chromium on the demo data: the client (a Client Manager of ACME) sees the
 * demo's signed month, signs off the next one after a confirm step and opens its printable statement; the team
 * changes an approval of that month, which supersedes the sign-off on both pages; the client signs again; the PM
 * locks the month, which makes it the one to invoice; the grants show who is a Client Manager. Screenshots:
 * target/screenshots/signoffs-*.png (copies in docs/screenshots/).
 */
class SignOffBrowserTest {
    @RegisterExtension
    static final Browser browser = Browser.onDemoHost("signoffs-");
    private static final String SIGNED_IN_DEMO = YearMonth.from(TestHosts.DEMO_START).toString();
    private static final String NEXT = YearMonth.from(TestHosts.DEMO_START).plusMonths(1).toString();

    private static HttpResponse<String> rest(String user, String method, String path, String json) {
        HttpRequest.Builder r = TestHosts.request(browser.host(), "/rest/client-budgets/1.0" + path)
                .header("Accept", "application/json").header("Authorization", TestHosts.credentials(user));
        if (json != null) {
            r.header("Content-Type", "application/json");
        }
        return TestHosts.send(r.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void theClientSignsOffAMonthAndALaterChangeSupersedesIt() {
        browser.logInAs("client");
        PortalHomePage.open(browser).openBudget("Website relaunch").waitForServices();
        long website = Long.parseLong(browser.find(By.id("cb-sign-offs")).getAttribute("data-budget-id"));
        SignOffPanel panel = new SignOffPanel(browser);
        assertEquals("SIGNED", panel.state(SIGNED_IN_DEMO), "the demo's signed month");
        assertEquals("NONE", panel.state(NEXT));
        assertTrue(panel.maySign(NEXT));
        browser.scrollTo(browser.find(By.id("cb-sign-offs")));
        browser.screenshotWhenStyled("01-portal-months");

        String question = panel.askToSignOff(NEXT);
        assertTrue(question.contains(NEXT), question);
        browser.screenshot("02-portal-confirm");
        panel.cancel();
        assertEquals("NONE", panel.state(NEXT), "cancelled: nothing signed");
        panel.askToSignOff(NEXT);
        panel.confirm(NEXT, "SIGNED");
        assertFalse(panel.maySign(NEXT));
        browser.screenshot("03-portal-signed");

        String statement = panel.statementUrl(NEXT);
        browser.driver().get(statement);
        String digest = browser.find(By.id("cb-statement-digest")).getText();
        assertTrue(digest.matches("[0-9a-f]{64}"), digest);
        assertTrue(browser.find(By.id("cb-statement-title")).getText().contains("Website relaunch"));
        browser.screenshot("04-statement");

        // the team takes back one approval of that month: the sign-off is superseded, for both sides
        String entries = rest("pm", "GET", "/time-entries?budgetId=" + website + "&status=APPROVED&from=" + NEXT
                + "-01&to=" + NEXT + "-28&limit=1", null).body();
        String entry = entries.replaceAll("(?s).*?\"entries\":\\[\\{\"id\":(\\d+).*", "$1");
        assertEquals(200, rest("pm", "POST", "/time-entries/unapprove", "{\"ids\":[" + entry + "]}").statusCode());
        browser.driver().navigate().back();
        browser.driver().navigate().refresh();
        panel.waitForState(NEXT, "SUPERSEDED");
        assertTrue(panel.maySign(NEXT), "asks for a new sign-off");
        browser.screenshot("05-portal-superseded");

        browser.logInAs("pm");
        BudgetPage.open(browser, website);
        SignOffPanel team = new SignOffPanel(browser);
        team.waitForState(NEXT, "SUPERSEDED");
        assertFalse(team.maySign(NEXT), "the team signs nothing");
        browser.scrollTo(browser.find(By.id("cb-sign-offs")));
        browser.screenshotWhenStyled("06-team-superseded");

        // the client signs the month again; the PM locks it: signed and locked, the one to invoice
        browser.logInAs("client");
        PortalHomePage.open(browser).openBudget("Website relaunch").waitForServices();
        panel.askToSignOff(NEXT);
        panel.confirm(NEXT, "SIGNED");
        assertEquals(204, rest("pm", "PUT", "/budgets/" + website + "/locks/" + NEXT, null).statusCode());
        browser.logInAs("pm");
        BudgetPage.open(browser, website);
        team.waitForState(NEXT, "SIGNED");
        assertFalse(team.row(NEXT).findElements(By.cssSelector(".cb-to-invoice")).isEmpty(), "locked and signed");
        assertTrue(browser.find(By.cssSelector("#cb-grants li[data-user-key='client'] .cb-grant-client-manager")).isSelected(),
                "client's grant says Client Manager");
        browser.scrollTo(browser.find(By.id("cb-sign-offs")));
        browser.screenshotWhenStyled("07-team-to-invoice");
        browser.scrollTo(browser.find(By.id("cb-grants")));
        browser.screenshot("08-team-grants-client-manager");
    }

    /** other sees GLOBEX's retainer but is no Client Manager: the months are shown, nothing to sign. */
    @Test
    void aClientWhoIsNoManagerSeesTheMonthsButCannotSign() {
        browser.logInAs("other");
        PortalHomePage.open(browser).openBudget("Support retainer").waitForServices();
        SignOffPanel panel = new SignOffPanel(browser);
        String month = YearMonth.from(TestHosts.DEMO_START).toString();
        assertEquals("NONE", panel.state(month));
        assertFalse(panel.maySign(month));
        assertTrue(browser.findAll(By.cssSelector(".cb-sign-off")).isEmpty());
    }
}
