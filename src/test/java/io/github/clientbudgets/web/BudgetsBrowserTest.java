package io.github.clientbudgets.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.testing.browser.Browser;
import io.github.clientbudgets.devhost.testing.browser.BudgetPage;
import io.github.clientbudgets.devhost.testing.browser.BudgetPage.NewServiceForm;
import io.github.clientbudgets.devhost.testing.browser.BudgetPage.ServiceRow;
import io.github.clientbudgets.devhost.testing.browser.IssuePage;
import io.github.clientbudgets.devhost.testing.browser.ProjectBudgetsPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The team's way through budgets, in Debian's headless chromium against the dev host: pm creates a budget on
 * ACME's Budgets page, adds two services and turns Client Access on through the budget page, assigns an ACME
 * issue to one of the services through the issue panel; dev logs work on that issue through the issue page; pm
 * sees the service's hours grow by the logged time on the budget page (and in the summary REST resource). The
 * issue's earlier demo worklogs follow its assignment (attribution rule 2 ignores the budget's dates): they are
 * the baseline, checked against the worklog table.
 * Screenshots go to target/screenshots/budgets-NN-name.png.
 */
class BudgetsBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISSUE = "ACME-1";
    @RegisterExtension
    static final Browser browser = Browser.onDemoHost("budgets-");

    private static JsonNode rest(String path) throws IOException {
        HttpResponse<String> response = TestHosts.get(browser.host(), "/rest/client-budgets/1.0" + path, "pm");
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static JsonNode summaryService(JsonNode summary, long serviceId) {
        for (JsonNode s : summary.get("services")) {
            if (s.get("serviceId").asLong() == serviceId) {
                return s;
            }
        }
        throw new AssertionError("service " + serviceId + " not in " + summary);
    }

    @Test
    void pmCreatesABudgetWithServicesAndSeesLoggedWorkInItsSummary() throws IOException {
        LocalDate start = LocalDate.now().plusDays(1);
        LocalDate end = start.plusDays(90);

        // 1. pm creates "Mobile app" on ACME's Budgets page
        browser.logInAs("pm");
        ProjectBudgetsPage acme = ProjectBudgetsPage.open(browser, "ACME");
        assertTrue(acme.budgetList().contains("Website relaunch"));
        browser.screenshot("01-project-budgets");

        ProjectBudgetsPage.NewBudgetForm form = acme.newBudget().name("Mobile app").type("TIME_AND_MATERIALS")
                .currency("EUR").runningFrom(start.toString(), end.toString()).amount("20000").hours("200");
        browser.screenshot("02-create-form");
        BudgetPage page = form.create();
        long budgetId = page.budgetId();
        assertTrue(browser.currentUrl().endsWith("/plugins/servlet/client-budgets/budget/" + budgetId),
                browser.currentUrl());
        assertTrue(page.title().startsWith("Mobile app"));
        assertTrue(page.showsNoServices(), "a new budget has no services");
        JsonNode budget = rest("/budgets/" + budgetId);
        assertEquals("Mobile app", budget.get("name").asText());
        assertEquals("ACME", budget.get("projectKey").asText());
        assertEquals("TIME_AND_MATERIALS", budget.get("type").asText());
        assertEquals(start.toString(), budget.get("startDate").asText());
        assertEquals(end.toString(), budget.get("endDate").asText());
        assertEquals(20000.0, budget.get("totalAmount").asDouble(), 0.001);
        assertFalse(budget.get("clientAccess").asBoolean());
        browser.screenshot("03-new-budget");

        // two services through the page's form
        addService(page, "Design", "95.00", "80", true);
        addService(page, "Development", "110.00", "120", false);
        ServiceRow design = page.service("Design");
        ServiceRow development = page.service("Development");
        assertEquals(95.0, design.rate(), 0.001);
        assertEquals(110.0, development.rate(), 0.001);
        assertEquals("true", design.defaultMark());
        assertEquals("false", development.defaultMark());
        long developmentId = development.id();
        JsonNode services = rest("/budgets/" + budgetId + "/services");
        assertEquals(2, services.size(), services.toString());
        assertEquals(0.0, development.usedHours(), 0.001, "Development's used hours before any work");
        assertEquals(0.0, development.pendingHours(), 0.001, "Development's pending hours before any work");
        browser.screenshot("04-two-services");

        // Client Access on
        assertFalse(page.clientAccessSwitch().isSelected());
        page.switchClientAccess();
        page = BudgetPage.open(browser, budgetId);
        assertTrue(page.clientAccessSwitch().isSelected(), "Client Access shows on after a reload");
        assertTrue(rest("/budgets/" + budgetId).get("clientAccess").asBoolean());
        browser.screenshot("05-client-access-on");

        // 2. pm assigns ACME-1 to "Mobile app / Development" through the issue panel
        IssuePage.open(browser, ISSUE).assignTo("Mobile app", "Development");
        assertEquals(String.valueOf(developmentId), IssuePage.open(browser, ISSUE).assignedServiceId(),
                "the assignment holds after a reload");
        browser.screenshot("06-issue-assigned");

        // Attribution rule 2 (the issue's service) takes the issue's earlier worklogs, and its sub-tasks', along
        // with it: the budget's date range only bounds rule 3 (AttributionService). They are the baseline.
        double earlier = browser.host().store().db().queryLong("SELECT COALESCE(SUM(w.timeworked), 0) FROM worklog w"
                + " JOIN jiraissue i ON w.issueid = i.id WHERE i.issuekey = ? OR i.parent_id ="
                + " (SELECT id FROM jiraissue WHERE issuekey = ?)", ISSUE, ISSUE) / 3600.0;
        JsonNode before = summaryService(rest("/budgets/" + budgetId + "/summary"), developmentId);
        assertEquals(earlier, before.get("usedHours").asDouble() + before.get("pendingHours").asDouble(), 0.001,
                before.toString());
        page = BudgetPage.open(browser, budgetId);
        double pageBefore = page.service("Development").usedHours() + page.service("Development").pendingHours();
        assertEquals(earlier, pageBefore, 0.001, "Development's hours on the page after the assignment");
        browser.screenshot("07-budget-after-assignment");

        // 3. dev logs 2h 30m on the issue, dated inside the budget
        browser.logInAs("dev");
        IssuePage issue = IssuePage.open(browser, ISSUE)
                .fillInWork("2h 30m", start.plusDays(2) + "T10:00", "Mobile app: login screen");
        browser.screenshot("08-dev-logs-work");
        issue.submitWork();
        assertTrue(issue.worklogComments().stream().anyMatch(c -> c.equals("Mobile app: login screen")));
        browser.screenshot("09-work-logged");

        // 4. pm sees Development's hours change on the budget page
        browser.logInAs("pm");
        page = BudgetPage.open(browser, budgetId);
        development = page.service("Development");
        double used = development.usedHours();
        double pending = development.pendingHours();
        assertEquals(pageBefore + 2.5, used + pending, 0.001,
                "Development's used + pending hours on the page: " + development.text());
        assertEquals(0.0, page.service("Design").usedHours() + page.service("Design").pendingHours(), 0.001);
        assertEquals(pageBefore + 2.5, page.usedHours() + page.pendingHours(), 0.001);
        JsonNode after = summaryService(rest("/budgets/" + budgetId + "/summary"), developmentId);
        assertEquals(used, after.get("usedHours").asDouble(), 0.001, after.toString());
        assertEquals(pending, after.get("pendingHours").asDouble(), 0.001, after.toString());
        assertEquals(0.0, pending, 0.001, "no approval on this budget: logged work counts as used");
        assertEquals(used * 110.0, after.get("usedAmount").asDouble(), 0.001, "hours at 110.00: " + after);
        browser.screenshot("10-summary-changed");
    }

    @Test
    void pmReadsTheHistoryAsSentencesAndFiltersItByKind() {
        browser.logInAs("pm");
        BudgetPage website = ProjectBudgetsPage.open(browser, "ACME").openBudget("Website relaunch");
        List<String> sentences = website.historySentences();
        assertFalse(sentences.isEmpty(), "the demo budget has a history");
        for (String sentence : sentences) {
            assertFalse(sentence.matches(".*\\b(CREATED|UPDATED|TIME_ENTRY|SERVICE \\d+)\\b.*"), "a sentence, not a raw row: " + sentence);
            assertFalse(sentence.contains("client-budgets."), "no raw key: " + sentence);
        }
        assertTrue(sentences.stream().anyMatch(s -> s.startsWith("Paula Manager ")), "who, by name: " + sentences);
        // the demo's rejected entry is named (whose, which day, which issue) unless the other test of this class has
        // moved its issue to another budget meanwhile: then it is no longer this budget's, and only its number shows
        assertTrue(sentences.stream().anyMatch(s -> s.matches("Paula Manager rejected (the time entry of .+ on"
                + " \\d{4}-\\d{2}-\\d{2} \\(ACME-\\d+\\)|time entry #\\d+): '.+'")), sentences.toString());
        website.showHistory();
        browser.screenshotWhenStyled("11-history");

        website.filterHistory("Services");
        assertTrue(browser.currentUrl().contains("history=SERVICE"), browser.currentUrl());
        List<String> kinds = website.historyKinds();
        assertFalse(kinds.isEmpty(), "the demo budget's services were added through the app");
        assertTrue(kinds.stream().allMatch("SERVICE"::equals), kinds.toString());
        assertTrue(website.historySentences().stream().allMatch(s -> s.contains(" the service '")),
                website.historySentences().toString());
        website.showHistory();
        browser.screenshotWhenStyled("12-history-services");
    }

    private static void addService(BudgetPage page, String name, String rate, String hours, boolean isDefault) {
        NewServiceForm form = page.newService().hourly(name, rate, hours);
        assertEquals(isDefault, form.markDefault(isDefault));
        form.add();
        assertNotNull(page.service(name));
    }
}
