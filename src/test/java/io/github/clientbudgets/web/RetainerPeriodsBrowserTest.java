package io.github.clientbudgets.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.testing.browser.Axe;
import io.github.clientbudgets.devhost.testing.browser.Browser;
import io.github.clientbudgets.devhost.testing.browser.BudgetPage;
import io.github.clientbudgets.devhost.testing.browser.ProjectBudgetsPage;
import io.github.clientbudgets.devhost.testing.browser.RetainerPeriodsSection;
import io.github.clientbudgets.devhost.testing.browser.RetainerTermsForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A retainer's periods end to end, in Debian's headless chromium on the demo data: pm sets the Support retainer's
 * terms in the budget form (the fields show for a retainer only, the cap with a rule only, a bad cap is refused next
 * to its field), sees the current period and the history on the budget page; the client sees the same periods on
 * the portal's Services tab and downloads them as CSV. axe-core finds nothing on any of these page states.
 * Screenshots: target/screenshots/periods-*.png.
 */
class RetainerPeriodsBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final Browser browser = Browser.onDemoHost("periods-");

    private static long supportRetainer() throws IOException {
        HttpResponse<String> response = TestHosts.get(browser.host(),
                "/rest/client-budgets/1.0/budgets?projectKey=GLOBEX", "pm");
        assertEquals(200, response.statusCode(), response.body());
        for (JsonNode b : JSON.readTree(response.body())) {
            if (b.get("name").asText().equals("Support retainer")) {
                return b.get("id").asLong();
            }
        }
        throw new AssertionError("no Support retainer in the demo's GLOBEX");
    }

    /** axe on each page state; every state is checked before the test fails, so one run names everything. */
    private final Map<String, List<Axe.Violation>> findings = new LinkedHashMap<>();

    private void axe(String state) {
        browser.waitUntilStyled();
        List<Axe.Violation> violations = browser.axe().violations();
        if (!violations.isEmpty()) {
            findings.put(state, violations);
        }
    }

    @Test
    void pmSetsTheTermsAndSeesThePeriodsAndTheClientSeesThemOnThePortal() throws IOException {
        long retainer = supportRetainer();
        browser.logInAs("pm");

        // the new-budget form: the terms come with the type "Retainer" only
        ProjectBudgetsPage.open(browser, "GLOBEX").newBudget();
        RetainerTermsForm create = RetainerTermsForm.of(browser);
        assertFalse(create.termsShown(), "a time-and-materials budget has no terms");
        create.type("RETAINER");
        assertTrue(create.termsShown());
        assertFalse(create.capShown(), "no cap without a rollover rule");
        create.rollover("BORROW");
        assertTrue(create.capShown());
        axe("GLOBEX's Budgets with the new-budget form of a retainer");
        browser.screenshotWhenStyled("01-new-retainer-form");

        // the demo's Support retainer as it comes: monthly, carry-over, its months so far
        BudgetPage.open(browser, retainer);
        RetainerPeriodsSection demo = RetainerPeriodsSection.onBudgetPage(browser);
        assertTrue(demo.text().contains("Unused hours carry over to the next month"), demo.text());
        assertTrue(demo.periods().size() >= 3, demo.periods().toString());
        axe("budget page of the demo's retainer with its periods");
        browser.screenshotWhenStyled("00-demo-retainer-periods");

        // the edit form of the Support retainer: a cap above the allowance is refused next to the cap
        RetainerTermsForm terms = RetainerTermsForm.editOnBudgetPage(browser);
        assertTrue(terms.termsShown());
        terms.period("MONTHLY").hours("40").fee("4000").rollover("CARRY_OVER");
        assertTrue(terms.capShown());
        terms.cap("50");
        String refusal = terms.saveRefused("rolloverCapHours");
        assertFalse(refusal.isBlank());
        axe("budget page with the retainer terms refused");
        browser.screenshotWhenStyled("02-terms-refused");

        terms.cap("10");
        terms.save();
        RetainerPeriodsSection team = RetainerPeriodsSection.onBudgetPage(browser);
        String now = YearMonth.now().toString();
        List<String> periods = team.periods();
        assertTrue(periods.size() >= 3, "the demo's months of history: " + periods);
        assertEquals(now, periods.get(periods.size() - 1), "the history runs to the current month: " + periods);
        assertEquals(now, team.currentPeriod());
        assertEquals(now, team.markedCurrent());
        assertTrue(team.text().contains("Each month includes 40.00 h."), team.text());
        assertTrue(team.text().contains("Unused hours carry over to the next month, up to 10.00 h."), team.text());
        assertTrue(team.currentFigure("allowance").startsWith("40.00"), team.currentFigure("allowance"));
        // a ledger: what a month carries out, the next one carries in
        for (int i = 1; i < periods.size(); i++) {
            assertEquals(team.row(periods.get(i - 1)).get(6), team.row(periods.get(i)).get(3),
                    periods.get(i) + " carries in what " + periods.get(i - 1) + " carried out");
        }
        assertTrue(browser.isAbsent(By.id("cb-periods")), "the old months table gives way to the periods");
        axe("budget page of a retainer with its periods");
        browser.screenshotWhenStyled("03-budget-periods");
        RetainerTermsForm.editOnBudgetPage(browser);
        browser.scrollTo(browser.find(By.id("cb-retainer-terms")));
        assertEquals("40.00", browser.find(By.id("cb-retainer-hours")).getAttribute("value"), "the form shows the terms");
        axe("budget page with the retainer terms in the edit form");
        browser.screenshotWhenStyled("04-edit-terms");
        String teamUsed = team.currentFigure("used");
        List<List<String>> teamRows = new ArrayList<>();
        for (String p : periods) {
            teamRows.add(team.row(p).subList(1, 7)); // the period's name aside: each marks the current one its way
        }

        // the client: the same periods on the Services tab (no approval on this budget: the same figures)
        browser.logInAs("other");
        browser.open("/plugins/servlet/client-budgets/portal/budget/" + retainer);
        RetainerPeriodsSection portal = RetainerPeriodsSection.onPortal(browser);
        assertEquals(periods, portal.periods());
        assertEquals(now, portal.currentPeriod());
        assertEquals(teamUsed, portal.currentFigure("used"));
        for (int i = 0; i < periods.size(); i++) {
            assertEquals(teamRows.get(i), portal.row(periods.get(i)).subList(1, 7), "the client's columns, as the team sees them");
        }
        assertFalse(portal.text().contains("Locked") || portal.text().contains("Over (h)"), portal.text());
        axe("portal Services tab of a retainer with its periods");
        browser.screenshotWhenStyled("05-portal-periods");

        String csvUrl = portal.csvLink();
        HttpResponse<String> csv = TestHosts.getWithSession(browser.host(),
                csvUrl.substring(browser.host().baseUrl().length()),
                "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue());
        assertEquals(200, csv.statusCode(), csv.body());
        String[] lines = csv.body().split("\r\n");
        assertEquals(periods.size() + 1, lines.length, csv.body());
        assertTrue(lines[0].startsWith("\"Period (YYYY-MM or YYYY-Qn)\",\"Allowance (hours, decimal)\",\"Fee (USD)\""),
                lines[0]);
        assertTrue(lines[lines.length - 1].startsWith("\"" + now + "\",\"40.00\",\"4000.00\","), csv.body());

        StringBuilder message = new StringBuilder();
        findings.forEach((state, violations) -> {
            message.append('\n').append(state).append(':');
            violations.forEach(v -> message.append('\n').append(v));
        });
        assertTrue(findings.isEmpty(), "axe-core finds violations:" + message);
    }
}
