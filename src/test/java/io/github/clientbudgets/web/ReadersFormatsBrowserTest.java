package io.github.clientbudgets.web;

import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.testing.browser.Browser;
import io.github.clientbudgets.devhost.testing.browser.BudgetPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The budget page and the portal as German readers see them in chromium: {@code dev2} chose German in the demo, and
 * here the client does too. Screenshots: target/screenshots/formats-*.png (copies in docs/screenshots/).
 */
class ReadersFormatsBrowserTest {
    @RegisterExtension
    static final Browser browser = Browser.onDemoHost("formats-");

    private static long website() {
        HttpResponse<String> list = TestHosts.send(TestHosts.request(browser.host(),
                        "/rest/client-budgets/1.0/budgets?projectKey=ACME").header("Accept", "application/json")
                .header("Authorization", TestHosts.credentials("pm")).GET());
        Matcher m = Pattern.compile("\\{\"id\":(\\d+),[^}]*?\"name\":\"Website relaunch\"").matcher(list.body());
        assertTrue(m.find(), list.body());
        return Long.parseLong(m.group(1));
    }

    @Test
    void germanReadersSeeGermanDigitsAndDates() {
        long website = website();
        browser.logInAs("dev2");
        BudgetPage.open(browser, website);
        String used = browser.find(By.id("cb-used-amount")).getText();
        assertTrue(used.replace('\u00a0', ' ').matches("[0-9.]+,[0-9]{2} € \\([0-9]+ %\\)"),
                "German digits, the euro after: " + used);
        assertTrue(browser.find(By.id("cb-expenses")).getText().contains("11/Sept./26"), "Jira's date, German month");
        browser.screenshotWhenStyled("budget-de");
        browser.logOut();

        browser.host().store().setUserLocale("client", Locale.GERMANY);
        try {
            browser.logInAs("client");
            browser.open("/plugins/servlet/client-budgets/portal/budget/" + website);
            String total = browser.visible(By.id("cb-portal-total")).getText();
            assertEquals("60.000,00 € (600,00 h)", total.replace('\u00a0', ' '));
            browser.screenshot("portal-de");
        } finally {
            browser.host().store().setUserLocale("client", null);
        }
    }
}
