package io.github.clientbudgets.portal;

import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal in real chromium on the demo data: the client opens his budget, switches tabs, filters the Time tab,
 * pages and downloads the CSV; the PM previews the budget as the client from the budget page and asks the access
 * explainer. Screenshots land in target/screenshots/portal-*.png (copies in docs/screenshots/).
 */
class PortalBrowserTest {
    private static final String PORTAL = "/plugins/servlet/client-budgets/portal";
    private static DevHost host;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() throws Exception {
        host = TestHosts.start();
        chromium = HeadlessChromium.start(host, "portal-");
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        host.close();
    }

    private static WebDriver driver() {
        return chromium.driver();
    }

    @Test
    void theClientFollowsHisBudget() {
        chromium.login("client");
        chromium.open(PORTAL);
        chromium.screenshot("home");
        WebElement link = driver().findElement(By.cssSelector("#cb-portal-budgets .cb-portal-budget-link"));
        assertEquals("Website relaunch", link.getText());
        assertFalse(driver().getPageSource().contains("Internal tooling"));
        link.click();
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cb-portal-services")));
        assertTrue(driver().findElement(By.id("cb-portal-header")).getText().contains("EUR"));
        assertTrue(driver().findElement(By.cssSelector("#cb-burnup svg polyline")).isDisplayed());
        chromium.screenshot("services");

        driver().findElement(By.id("cb-tab-time")).click();
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cb-portal-time")));
        String allTotal = driver().findElement(By.id("cb-paging")).getText();
        int rows = driver().findElements(By.cssSelector("#cb-portal-time tbody tr")).size();
        assertEquals(50, rows, "one page of 50");
        driver().findElement(By.id("cb-next")).click();
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cb-previous")));

        // filter: October, Development only
        String from = TestHosts.DEMO_START.plusMonths(1).toString();
        String to = TestHosts.DEMO_START.plusMonths(2).minusDays(1).toString();
        ((JavascriptExecutor) driver()).executeScript("document.getElementById('cb-filter-from').value = arguments[0];"
                + "document.getElementById('cb-filter-to').value = arguments[1];", from, to);
        new Select(driver().findElement(By.id("cb-filter-service"))).selectByVisibleText("Development");
        driver().findElement(By.id("cb-filter-apply")).click();
        chromium.waiting().until(ExpectedConditions.urlContains("serviceId="));
        for (WebElement row : driver().findElements(By.cssSelector("#cb-portal-time tbody tr"))) {
            String text = row.getText();
            assertTrue(text.contains("Development"), text);
            assertTrue(text.substring(0, 10).compareTo(from) >= 0 && text.substring(0, 10).compareTo(to) <= 0, text);
        }
        assertFalse(driver().findElement(By.id("cb-paging")).getText().equals(allTotal), "the filter narrowed the list");
        chromium.screenshot("time");

        // the CSV link keeps the filter; fetch it with the browser's session
        String csvUrl = driver().findElement(By.id("cb-csv")).getAttribute("href");
        assertTrue(csvUrl.contains("time.csv") && csvUrl.contains("serviceId="), csvUrl);
        Cookie session = driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> csv = TestHosts.send(TestHosts.request(host, csvUrl.substring(host.baseUrl().length()))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET());
        assertEquals(200, csv.statusCode());
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].startsWith("\"Date\",\"Issue\",\"Service\",\"Hours\""), lines[0]);
        assertTrue(lines.length > 1);
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].contains("\"Development\""), lines[i]);
        }

        driver().findElement(By.id("cb-tab-expenses")).click();
        chromium.waiting().until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("cb-portal-expenses")),
                ExpectedConditions.presenceOfElementLocated(By.id("cb-portal-no-expenses"))));
        chromium.screenshot("expenses");
    }

    @Test
    void thePmPreviewsAsTheClientAndAsksTheExplainer() {
        chromium.login("pm");
        chromium.open("/plugins/servlet/client-budgets/project/ACME");
        // grants on the project's Budgets page: add one, see it listed, remove it again
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cb-grants li[data-user-key='client']")));
        driver().findElement(By.id("cb-grant-user")).sendKeys("dev2");
        driver().findElement(By.id("cb-grant-add")).click();
        By dev2 = By.cssSelector("#cb-grants li[data-user-key='dev2']");
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(dev2));
        driver().findElement(By.id("cb-grant-user")).sendKeys("ghost");
        driver().findElement(By.id("cb-grant-add")).click();
        chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#cb-grant-form .error[data-field='userKey']"), "no such user"));
        driver().findElement(dev2).findElement(By.className("cb-grant-remove")).click();
        chromium.waiting().until(ExpectedConditions.invisibilityOfElementLocated(dev2));
        // a JSM customer organization, by its id (the user field left empty), listed and removed
        driver().findElement(By.id("cb-grant-user")).clear();
        driver().findElement(By.id("cb-grant-organization")).sendKeys("7");
        driver().findElement(By.id("cb-grant-add")).click();
        By organization = By.cssSelector("#cb-grants li[data-organization-id='7']");
        chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(organization, "JSM organization #7"));
        driver().findElement(organization).findElement(By.className("cb-grant-remove")).click();
        chromium.waiting().until(ExpectedConditions.invisibilityOfElementLocated(organization));
        driver().findElement(By.linkText("Website relaunch")).click();
        // the grants list is loaded by script; the client is one of them and can be chosen for the preview
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cb-grants li[data-user-key='client']")));
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cb-view-as-user option[value='client']")));
        driver().findElement(By.id("cb-explain-user")).sendKeys("client");
        driver().findElement(By.id("cb-explain-go")).click();
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cb-explain-reasons li")));
        assertTrue(driver().findElement(By.id("cb-explain-verdict")).getText().startsWith("Yes"));
        assertEquals(3, driver().findElements(By.cssSelector("#cb-explain-reasons li.cb-met")).size());
        chromium.screenshot("budget-sidebar");

        new Select(driver().findElement(By.id("cb-view-as-user"))).selectByValue("client");
        driver().findElement(By.id("cb-view-as-client")).click();
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cb-preview-banner")));
        assertTrue(driver().findElement(By.id("cb-preview-banner")).getText().contains("Clara Client"));
        assertFalse(driver().getPageSource().contains("Internal cost rate"));
        driver().findElement(By.id("cb-tab-time")).click();
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cb-portal-time")));
        assertTrue(driver().getCurrentUrl().contains("viewAs=client"), "the tabs stay in the preview");
        chromium.screenshot("view-as-client");

        chromium.login("admin"); // the admin page is for Jira admins
        chromium.openAdminPage("/plugins/servlet/client-budgets/admin", "admin");
        driver().findElement(By.id("cb-admin-explain-user")).sendKeys("other");
        driver().findElement(By.id("cb-admin-explain-budget")).sendKeys("1");
        driver().findElement(By.id("cb-admin-explain-go")).click();
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cb-admin-explain-reasons li")));
        assertTrue(driver().findElement(By.id("cb-admin-explain-verdict")).getText().startsWith("No"));
        assertEquals(1, driver().findElements(By.cssSelector("#cb-admin-explain-reasons li.cb-unmet")).size());
        chromium.screenshot("admin-explainer");
    }
}
