package io.github.clientbudgets.portal;

import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A JSM customer's way in, in real chromium on the dev host: the client portal's address sends him to JSM's customer
 * login, which brings him back; ACME's customer portal shows his budgets in its subheader (hostile budget names as
 * text, nothing runs); the panel's link opens the budget in the customers' own frame, without Jira's header. A
 * licensed PM keeps Jira's header on the same portal page.
 */
class JsmCustomerPortalBrowserTest {
    private static DevHost host;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() throws Exception {
        host = TestHosts.start();
        for (String name : JsmCustomerPortalTest.HOSTILE) {
            var r = TestHosts.send(TestHosts.request(host, "/rest/client-budgets/1.0/budgets")
                    .header("Authorization", TestHosts.basic("pm")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JsmCustomerPortalTest.budget("ACME", name))));
            assertEquals(201, r.statusCode(), r.body());
        }
        chromium = HeadlessChromium.start(host, "jsm-portal-");
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

    private static void nothingRan(String where) {
        assertNull(((JavascriptExecutor) driver()).executeScript("return window.__xss;"), where + ": a payload ran");
        try {
            fail(where + ": an alert opened: " + driver().switchTo().alert().getText());
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    @Test
    void theCustomerLogsInThroughJsmSeesHisBudgetsOnThePortalAndOpensOneWithoutJirasHeader() {
        chromium.open("/logout");
        chromium.open("/plugins/servlet/client-budgets/portal");
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cv-login-form")));
        assertTrue(driver().getCurrentUrl().contains("/servicedesk/customer/user/login?destination=plugins%2Fservlet%2Fclient-budgets%2Fportal"),
                driver().getCurrentUrl());
        driver().findElement(By.id("os_username")).sendKeys("client");
        driver().findElement(By.id("os_password")).sendKeys("client");
        driver().findElement(By.id("cv-login-submit")).click();
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cb-help-center-header")));
        assertTrue(driver().getCurrentUrl().endsWith("/jira/plugins/servlet/client-budgets/portal"), "back where he wanted to go");
        assertEquals(0, driver().findElements(By.id("header")).size(), "no Jira header for a customer");

        chromium.open("/servicedesk/customer/portal/1");
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cb-portal-panel")));
        chromium.screenshot("01-acme-portal");
        String panel = driver().findElement(By.id("cv-portal-subheader")).getText();
        for (String name : JsmCustomerPortalTest.HOSTILE) {
            assertTrue(panel.contains(name), "shown as text: " + name + " in " + panel);
        }
        nothingRan("ACME's portal");
        assertEquals(0, driver().findElements(By.cssSelector("#cv-portal-subheader script, #cv-portal-subheader img")).size());

        driver().findElement(By.linkText("Website relaunch")).click();
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cb-portal-title")));
        chromium.screenshot("02-budget-in-customer-frame");
        assertEquals("Website relaunch", driver().findElement(By.id("cb-portal-title")).getText());
        assertEquals(0, driver().findElements(By.id("header")).size(), "still no Jira header");
        assertTrue(driver().findElement(By.id("cb-help-center-link")).getAttribute("href").endsWith("/servicedesk/customer/portals"));
        nothingRan("the budget");
    }

    @Test
    void aLicensedPmKeepsJirasFrameOnTheClientPortal() {
        chromium.login("pm");
        chromium.open("/plugins/servlet/client-budgets/portal");
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cb-portal-home")));
        assertEquals("Paula Manager", driver().findElement(By.id("header-details-user-fullname")).getText());
        assertEquals(0, driver().findElements(By.id("cb-help-center-header")).size());
        chromium.open("/servicedesk/customer/portal/1");
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cv-portal-title")));
        assertEquals(0, driver().findElements(By.id("cb-portal-panel")).size(), "the PM is no client: no panel");
    }
}
