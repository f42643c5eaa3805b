package io.github.clientbudgets.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import io.github.clientbudgets.devhost.testing.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static DevHost host;
    private static WebDriver browser;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() throws IOException {
        host = TestHosts.start();
        chromium = HeadlessChromium.start(host, "budgets-");
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

    private static WebElement visible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static void type(By by, String text) {
        WebElement field = visible(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Date pickers take their text in the browser's locale; the value is set as a person's pick would set it. */
    private static void setValue(By by, String value) {
        WebElement field = visible(by);
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                field, value);
        assertEquals(value, field.getAttribute("value"));
    }

    /** Waits for the next page: the given element of the current page goes stale. */
    /**
     * Waits until the page the element belongs to is gone. Chromium may answer a question about an element of a page
     * being replaced with "Node ... does not belong to the document" instead of a stale-element error: both mean gone.
     */
    private static void afterReload(WebElement ofCurrentPage) {
        waiting().until(d -> {
            try {
                ofCurrentPage.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    private static JsonNode rest(String path) throws IOException {
        HttpResponse<String> response = TestHosts.get(host, "/rest/client-budgets/1.0" + path, "pm");
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static WebElement serviceRow(String name) {
        return browser.findElements(By.cssSelector("#cb-services tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("td")).getText().startsWith(name))
                .findFirst().orElseThrow(() -> new AssertionError("no service row " + name));
    }

    /** A service row's cells: name, billing, rate, cost rate, budgeted hours, used hours, pending hours, used. */
    private static String cell(WebElement row, int index) {
        return row.findElements(By.tagName("td")).get(index).getText().trim();
    }

    private static double number(String text) {
        Matcher m = Pattern.compile("-?[0-9]+(?:[.,][0-9]+)?").matcher(text);
        assertTrue(m.find(), "a number in '" + text + "'");
        return Double.parseDouble(m.group().replace(',', '.'));
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
        login("pm");
        open("/plugins/servlet/client-budgets/project/ACME");
        visible(By.id("cb-project-budgets"));
        assertTrue(browser.findElement(By.id("cb-budget-list")).getText().contains("Website relaunch"));
        screenshot("01-project-budgets");

        browser.findElement(By.id("cb-new-budget")).click();
        type(By.id("cb-name"), "Mobile app");
        new Select(browser.findElement(By.id("cb-type"))).selectByValue("TIME_AND_MATERIALS");
        type(By.id("cb-currency"), "EUR");
        setValue(By.id("cb-start"), start.toString());
        setValue(By.id("cb-end"), end.toString());
        type(By.id("cb-amount"), "20000");
        type(By.id("cb-hours"), "200");
        screenshot("02-create-form");
        browser.findElement(By.cssSelector("#cb-budget-form button[type=submit]")).click();

        WebElement budgetPage = visible(By.id("cb-budget"));
        long budgetId = Long.parseLong(budgetPage.getAttribute("data-budget-id"));
        assertTrue(browser.getCurrentUrl().endsWith("/plugins/servlet/client-budgets/budget/" + budgetId),
                browser.getCurrentUrl());
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Mobile app"));
        assertTrue(browser.findElements(By.id("cb-no-services")).size() == 1, "a new budget has no services");
        JsonNode budget = rest("/budgets/" + budgetId);
        assertEquals("Mobile app", budget.get("name").asText());
        assertEquals("ACME", budget.get("projectKey").asText());
        assertEquals("TIME_AND_MATERIALS", budget.get("type").asText());
        assertEquals(start.toString(), budget.get("startDate").asText());
        assertEquals(end.toString(), budget.get("endDate").asText());
        assertEquals(20000.0, budget.get("totalAmount").asDouble(), 0.001);
        assertFalse(budget.get("clientAccess").asBoolean());
        screenshot("03-new-budget");

        // two services through the page's form
        addService("Design", "95.00", "80", true);
        addService("Development", "110.00", "120", false);
        WebElement design = serviceRow("Design");
        WebElement development = serviceRow("Development");
        assertEquals(95.0, number(cell(design, 2)), 0.001);
        assertEquals(110.0, number(cell(development, 2)), 0.001);
        assertEquals("true", design.getAttribute("data-default"));
        assertEquals("false", development.getAttribute("data-default"));
        long developmentId = Long.parseLong(development.getAttribute("data-service-id"));
        JsonNode services = rest("/budgets/" + budgetId + "/services");
        assertEquals(2, services.size(), services.toString());
        assertEquals(0.0, number(cell(development, 5)), 0.001, "Development's used hours before any work");
        assertEquals(0.0, number(cell(development, 6)), 0.001, "Development's pending hours before any work");
        screenshot("04-two-services");

        // Client Access on
        WebElement clientAccess = browser.findElement(By.id("cb-client-access"));
        assertFalse(clientAccess.isSelected());
        clientAccess.click();
        afterReload(clientAccess);
        open("/plugins/servlet/client-budgets/budget/" + budgetId);
        assertTrue(visible(By.id("cb-client-access")).isSelected(), "Client Access shows on after a reload");
        assertTrue(rest("/budgets/" + budgetId).get("clientAccess").asBoolean());
        screenshot("05-client-access-on");

        // 2. pm assigns ACME-1 to "Mobile app / Development" through the issue panel
        open("/browse/" + ISSUE);
        WebElement select = visible(By.id("cb-issue-select"));
        Select choices = new Select(select);
        WebElement option = choices.getOptions().stream()
                .filter(o -> o.getText().contains("Mobile app") && o.getText().contains("Development"))
                .findFirst().orElseThrow(() -> new AssertionError("no Mobile app / Development in the issue panel"));
        choices.selectByValue(option.getAttribute("value"));
        browser.findElement(By.cssSelector("#cb-issue-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("cb-issue-service"), "Development"));
        open("/browse/" + ISSUE);
        assertEquals(String.valueOf(developmentId),
                new Select(visible(By.id("cb-issue-select"))).getFirstSelectedOption().getAttribute("value"),
                "the assignment holds after a reload");
        screenshot("06-issue-assigned");

        // Attribution rule 2 (the issue's service) takes the issue's earlier worklogs, and its sub-tasks', along
        // with it: the budget's date range only bounds rule 3 (AttributionService). They are the baseline.
        double earlier = host.store().db().queryLong("SELECT COALESCE(SUM(w.timeworked), 0) FROM worklog w"
                + " JOIN jiraissue i ON w.issueid = i.id WHERE i.issuekey = ? OR i.parent_id ="
                + " (SELECT id FROM jiraissue WHERE issuekey = ?)", ISSUE, ISSUE) / 3600.0;
        JsonNode before = summaryService(rest("/budgets/" + budgetId + "/summary"), developmentId);
        assertEquals(earlier, before.get("usedHours").asDouble() + before.get("pendingHours").asDouble(), 0.001,
                before.toString());
        open("/plugins/servlet/client-budgets/budget/" + budgetId);
        visible(By.id("cb-services"));
        double pageBefore = number(cell(serviceRow("Development"), 5)) + number(cell(serviceRow("Development"), 6));
        assertEquals(earlier, pageBefore, 0.001, "Development's hours on the page after the assignment");
        screenshot("07-budget-after-assignment");

        // 3. dev logs 2h 30m on the issue, dated inside the budget
        login("dev");
        open("/browse/" + ISSUE);
        visible(By.id("log-work-form"));
        int worklogs = browser.findElements(By.cssSelector("tr.dh-worklog")).size();
        type(By.id("log-work-time-spent"), "2h 30m");
        setValue(By.id("log-work-started"), start.plusDays(2) + "T10:00");
        type(By.id("log-work-comment"), "Mobile app: login screen");
        screenshot("08-dev-logs-work");
        browser.findElement(By.id("log-work-submit")).click();
        waiting().until(d -> d.findElements(By.cssSelector("tr.dh-worklog")).size() == worklogs + 1);
        assertTrue(browser.findElements(By.cssSelector("td.dh-worklog-comment")).stream()
                .anyMatch(c -> c.getText().equals("Mobile app: login screen")));
        screenshot("09-work-logged");

        // 4. pm sees Development's hours change on the budget page
        login("pm");
        open("/plugins/servlet/client-budgets/budget/" + budgetId);
        visible(By.id("cb-services"));
        development = serviceRow("Development");
        double used = number(cell(development, 5));
        double pending = number(cell(development, 6));
        assertEquals(pageBefore + 2.5, used + pending, 0.001,
                "Development's used + pending hours on the page: " + development.getText());
        assertEquals(0.0, number(cell(serviceRow("Design"), 5)) + number(cell(serviceRow("Design"), 6)), 0.001);
        assertEquals(pageBefore + 2.5, number(browser.findElement(By.id("cb-used-hours")).getText())
                + number(browser.findElement(By.id("cb-pending-hours")).getText()), 0.001);
        JsonNode after = summaryService(rest("/budgets/" + budgetId + "/summary"), developmentId);
        assertEquals(used, after.get("usedHours").asDouble(), 0.001, after.toString());
        assertEquals(pending, after.get("pendingHours").asDouble(), 0.001, after.toString());
        assertEquals(0.0, pending, 0.001, "no approval on this budget: logged work counts as used");
        assertEquals(used * 110.0, after.get("usedAmount").asDouble(), 0.001, "hours at 110.00: " + after);
        screenshot("10-summary-changed");
    }

    private void addService(String name, String rate, String hours, boolean isDefault) throws IOException {
        WebElement page = browser.findElement(By.id("cb-budget"));
        browser.findElement(By.id("cb-new-service")).click();
        type(By.id("cb-service-name"), name);
        new Select(browser.findElement(By.id("cb-service-billing"))).selectByValue("HOURLY");
        type(By.id("cb-service-rate"), rate);
        type(By.id("cb-service-hours"), hours);
        WebElement checkbox = browser.findElement(By.id("cb-service-default"));
        if (checkbox.isSelected() != isDefault) {
            // AUI draws the box on the label (the input itself sits under it): a person clicks the label
            browser.findElement(By.cssSelector("label[for=cb-service-default]")).click();
        }
        assertEquals(isDefault, checkbox.isSelected());
        browser.findElement(By.cssSelector("#cb-service-form button[type=submit]")).click();
        afterReload(page);
        visible(By.id("cb-services"));
        assertNotNull(serviceRow(name));
    }
}
