package io.github.clientbudgets.digest;

import io.github.clientbudgets.access.ClientRecipients;
import io.github.clientbudgets.access.UnsubscribeTokens;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.testing.browser.Browser;
import io.github.clientbudgets.devhost.testing.browser.BudgetPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client digest in headless chromium on the dev host: pm reads and changes the Website relaunch's digest in the
 * budget page's sidebar (the script loads the setting and saves it through REST); the client, not logged in, opens
 * his unsubscribe link and confirms. Screenshots go to target/screenshots/digest-NN-name.png.
 */
class DigestBrowserTest {
    @RegisterExtension
    static final Browser browser = Browser.onDemoHost("digest-");

    private static long website() {
        String body = TestHosts.get(browser.host(), "/rest/client-budgets/1.0/budgets?projectKey=ACME", "pm").body();
        Matcher m = Pattern.compile("\\{\"id\":(\\d+),[^}]*?\"name\":\"Website relaunch\"").matcher(body);
        assertTrue(m.find(), body);
        return Long.parseLong(m.group(1));
    }

    @Test
    void aPmChangesTheDigestAndAClientUnsubscribes() {
        long website = website();
        browser.logInAs("pm");
        BudgetPage.open(browser, website);
        WebElement form = browser.visible(By.id("cb-digest-form"));
        browser.waiting().until(ExpectedConditions.attributeToBe(form, "data-loaded", "true"));
        Select frequency = new Select(browser.find(By.id("cb-digest-frequency")));
        assertEquals("MONTHLY", frequency.getFirstSelectedOption().getAttribute("value"), "the demo's setting, loaded");
        browser.scrollTo(form);
        browser.screenshotWhenStyled("01-budget-sidebar");

        frequency.selectByValue("WEEKLY");
        browser.find(By.id("cb-digest-save")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.id("cb-digest-result"), "Saved."));
        assertEquals("{\"frequency\":\"WEEKLY\"}",
                TestHosts.get(browser.host(), "/rest/client-budgets/1.0/budgets/" + website + "/digest", "pm").body());
        browser.screenshot("02-saved");

        // the client's link, as the digest mails it; opened without a login
        String token = browser.host().plugin().springContext().getBean(UnsubscribeTokens.class).sign("client", website);
        browser.logOut();
        browser.open("/plugins/servlet/client-budgets/unsubscribe?token=" + token);
        assertTrue(browser.visible(By.id("cb-unsubscribe-question")).getText().contains("Website relaunch"));
        assertTrue(browser.isAbsent(By.id("header")), "the customers' frame, never Jira's header");
        browser.screenshotWhenStyled("03-unsubscribe-question");
        browser.assertAccessible("unsubscribe question");
        browser.find(By.id("cb-unsubscribe-confirm")).click();
        assertTrue(browser.visible(By.id("cb-unsubscribe-done")).getText().contains("Website relaunch"));
        browser.screenshotWhenStyled("04-unsubscribe-done");
        assertFalse(browser.host().plugin().springContext().getBean(ClientRecipients.class).of(website).stream()
                .anyMatch(r -> r.userKey().equals("client")));
    }
}
