package io.github.clientbudgets.devhost.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/**
 * A retainer's periods as a page shows them: on the budget page (the team's, with locked state and overage) or on
 * the portal's Services tab (the client's): the current period's figures and the history table, oldest first.
 */
public final class RetainerPeriodsSection {
    private final Browser browser;
    private final String section;
    private final String history;
    private final String current;

    private RetainerPeriodsSection(Browser browser, String section, String history, String current) {
        this.browser = browser;
        this.section = section;
        this.history = history;
        this.current = current;
        browser.scrollTo(browser.visible(By.id(section)));
    }

    public static RetainerPeriodsSection onBudgetPage(Browser browser) {
        return new RetainerPeriodsSection(browser, "cb-retainer-periods", "cb-period-history", "cb-current");
    }

    public static RetainerPeriodsSection onPortal(Browser browser) {
        return new RetainerPeriodsSection(browser, "cb-portal-periods", "cb-portal-period-history", "cb-portal-current");
    }

    /** The section's text (terms, current period, table). */
    public String text() {
        return browser.find(By.id(section)).getText();
    }

    /** The history's periods ({@code 2026-11}), oldest first. */
    public List<String> periods() {
        return rows().stream().map(r -> r.getAttribute("data-period")).toList();
    }

    /** The row's cells as shown, the period's name first. */
    public List<String> row(String period) {
        WebElement row = browser.find(By.cssSelector("#" + history + " tr[data-period='" + period + "']"));
        return row.findElements(By.cssSelector("th, td")).stream().map(c -> c.getText().trim()).toList();
    }

    /** The period marked current in the table ({@code aria-current}), or null. */
    public String markedCurrent() {
        return rows().stream().filter(r -> "true".equals(r.getAttribute("aria-current")))
                .map(r -> r.getAttribute("data-period")).findFirst().orElse(null);
    }

    /** The current period's key, from its figures. */
    public String currentPeriod() {
        return browser.find(By.id(current.equals("cb-current") ? "cb-current-period" : "cb-portal-current"))
                .getAttribute("data-period");
    }

    /** One figure of the current period: {@code allowance}, {@code carried-in}, {@code used}, {@code remaining}, {@code carried-out}. */
    public String currentFigure(String figure) {
        return browser.find(By.id(current + "-" + figure)).getText();
    }

    public String csvLink() {
        return browser.find(By.id("cb-periods-csv")).getAttribute("href");
    }

    private List<WebElement> rows() {
        return browser.findAll(By.cssSelector("#" + history + " tbody tr"));
    }
}
