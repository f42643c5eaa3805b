package io.github.clientbudgets.devhost.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The sign-off state per month ({@code #cb-sign-offs}) on the portal's budget page and the team's budget page; its
 * rows are loaded by script, one per month ({@code data-period}, {@code data-state} NONE, SIGNED or SUPERSEDED).
 */
public final class SignOffPanel {
    private final Browser browser;

    public SignOffPanel(Browser browser) {
        this.browser = browser;
    }

    private static By month(String period) {
        return By.cssSelector("#cb-sign-off-months tr[data-period='" + period + "']");
    }

    /** Waits until the month's row is shown and returns it. */
    public WebElement row(String period) {
        return browser.present(month(period));
    }

    /** Waits until the month's row shows the state. */
    public WebElement waitForState(String period, String state) {
        return browser.present(By.cssSelector("#cb-sign-off-months tr[data-period='" + period + "'][data-state='" + state + "']"));
    }

    public String state(String period) {
        return row(period).getAttribute("data-state");
    }

    public boolean maySign(String period) {
        return !row(period).findElements(By.cssSelector(".cb-sign-off")).isEmpty();
    }

    /** Presses the month's sign-off button; returns the confirm step's text (nothing is signed yet). */
    public String askToSignOff(String period) {
        WebElement button = row(period).findElement(By.cssSelector(".cb-sign-off"));
        browser.scrollTo(button);
        button.click();
        return browser.visible(By.id("cb-sign-off-confirm-text")).getText();
    }

    public void confirm(String period, String expectedState) {
        browser.find(By.id("cb-sign-off-yes")).click();
        waitForState(period, expectedState);
    }

    public void cancel() {
        browser.find(By.id("cb-sign-off-no")).click();
    }

    /** The month's statement link (the print view). */
    public String statementUrl(String period) {
        return row(period).findElement(By.cssSelector(".cb-statement-link")).getAttribute("href");
    }
}
