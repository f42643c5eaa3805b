package io.github.clientbudgets.question;

import io.github.clientbudgets.devhost.testing.browser.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A question in real chromium: the client questions an entry of the Time tab through its dialog (a payload in the
 * message stays text), sees it open on the entry and in his Questions list; the PM reads it on the budget page,
 * where the entry is marked, and confirms it with an answer; the client reads the answer.
 */
class QuestionsBrowserTest {
    private static final String PORTAL = "/plugins/servlet/client-budgets/portal/budget/";
    private static final String MESSAGE = "Why 4 h? <img src=x onerror=\"window.__xss=1\"> & <script>window.__xss=2</script>";

    @RegisterExtension
    static final Browser browser = Browser.onDemoHost("questions-");

    @Test
    void theClientAsksThePmConfirmsTheClientReadsTheAnswer() {
        long website = 1; // the demo's Website relaunch
        browser.logInAs("client");
        browser.open(PORTAL + website + "?tab=time");
        browser.present(By.id("cb-portal-time"));
        browser.screenshotWhenStyled("time-tab");
        List<WebElement> open = browser.findAll(By.cssSelector(".cb-question-open"));
        assertTrue(open.size() > 1, "entries without an open question can be questioned");
        WebElement button = open.get(0);
        String entryId = button.getAttribute("data-entry-id");
        browser.scrollTo(button);
        button.click();
        browser.visible(By.id("cb-question-message")).sendKeys(MESSAGE);
        browser.screenshot("dialog");
        browser.find(By.id("cb-question-send")).click();
        browser.waiting().until(d -> browser.isAbsent(By.cssSelector(
                ".cb-question-open[data-entry-id='" + entryId + "']")));
        browser.present(By.id("cb-portal-questions-table"));
        WebElement cell = browser.find(By.cssSelector(".cb-question-cell[data-entry-id='" + entryId + "']"));
        assertEquals("Open", cell.getText().trim(), "the entry shows its question's state");
        String listed = browser.find(By.cssSelector("#cb-portal-questions-table tbody tr:first-child .cb-question-text"))
                .getText();
        assertEquals(MESSAGE, listed, "shown as the client wrote it");
        assertNull(browser.scriptInjectionFlag(), "nothing in the message ran");
        browser.screenshotWhenStyled("questions-list");

        browser.logInAs("pm");
        browser.open("/plugins/servlet/client-budgets/budget/" + website);
        browser.present(By.id("cb-team-questions-table"));
        WebElement row = browser.find(By.cssSelector("#cb-team-questions-table tbody tr:first-child"));
        assertTrue(row.getText().contains(MESSAGE), row.getText());
        assertNull(browser.scriptInjectionFlag());
        assertTrue(!browser.findAll(By.cssSelector("#cb-entry-" + entryId + " .cb-question-marker")).isEmpty()
                || browser.isAbsent(By.id("cb-entry-" + entryId)), "the entry, where listed, is marked");
        WebElement answer = row.findElement(By.cssSelector("textarea[name=answer]"));
        browser.scrollTo(answer);
        answer.sendKeys("The homepage design review, ACME-3.");
        browser.screenshotWhenStyled("team-questions");
        row.findElement(By.cssSelector(".cb-question-close[data-action=confirm]")).click();
        // the row is drawn again once the answer is saved: a row found before that is stale, look again
        browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> "CONFIRMED".equals(browser.find(
                By.cssSelector("#cb-team-questions-table tbody tr:first-child")).getAttribute("data-state")));

        browser.logInAs("client");
        browser.open(PORTAL + website + "?tab=time");
        WebElement first = browser.present(By.cssSelector("#cb-portal-questions-table tbody tr:first-child"));
        assertEquals("CONFIRMED", first.getAttribute("data-state"));
        assertTrue(first.getText().contains("The homepage design review, ACME-3."), first.getText());
        assertTrue(browser.isAbsent(By.cssSelector(".cb-question-cell[data-entry-id='" + entryId + "'] .cb-question-open"))
                == false, "a closed question lets the client ask again");
        browser.screenshotWhenStyled("answered");
    }
}
