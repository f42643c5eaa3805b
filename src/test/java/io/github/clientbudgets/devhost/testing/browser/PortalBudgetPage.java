package io.github.clientbudgets.devhost.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/**
 * A budget in the client portal: the header with its figures, the Services, Time and Expenses tabs, the Time tab's
 * filters, paging and CSV download; in a team member's preview, the preview banner.
 */
public final class PortalBudgetPage {
    private static final By TIME_ROWS = By.cssSelector("#cb-portal-time tbody tr");
    private final Browser browser;

    private PortalBudgetPage(Browser browser) {
        this.browser = browser;
    }

    static PortalBudgetPage shownIn(Browser browser) {
        browser.present(By.id("cb-portal-title"));
        return new PortalBudgetPage(browser);
    }

    public String title() {
        return browser.find(By.id("cb-portal-title")).getText();
    }

    public String header() {
        return browser.find(By.id("cb-portal-header")).getText();
    }

    public String previewBanner() {
        return browser.find(By.id("cb-preview-banner")).getText();
    }

    public boolean burnUpChartIsDisplayed() {
        return browser.find(By.cssSelector("#cb-burnup svg polyline")).isDisplayed();
    }

    /**
     * Moves the keyboard focus with Tab, from the page's title on, until it is on a point of the burn-up chart, as a
     * keyboard user would; answers the focused point.
     */
    public WebElement tabToTheFirstChartPoint() {
        browser.scrollTo(browser.find(By.id("cb-burnup")));
        browser.script("var t = document.getElementById('cb-portal-title'); t.setAttribute('tabindex', '-1'); t.focus();"
                + " t.removeAttribute('tabindex');");
        for (int i = 0; i < 60; i++) {
            WebElement focused = browser.focused();
            String cls = focused.getAttribute("class");
            if (cls != null && cls.contains("cb-chart-point")) {
                return focused;
            }
            new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
        throw new AssertionError("no chart point reached with Tab");
    }

    /** The tooltip of a chart point: its text when shown, null while hidden. */
    public String chartTooltip(WebElement point) {
        WebElement tip = point.findElement(By.className("cb-chart-tip"));
        return tip.isDisplayed() ? tip.getAttribute("textContent").replaceAll("\\s+", " ").trim() : null;
    }

    /** Opens "The chart as a table" by its summary; answers the table's month rows as text. */
    public List<String> openChartTable() {
        WebElement details = browser.find(By.id("cb-burnup-text"));
        details.findElement(By.tagName("summary")).click();
        browser.waiting().until(d -> details.getAttribute("open") != null);
        return browser.visible(By.id("cb-burnup-table")).findElements(By.cssSelector("tbody tr")).stream()
                .map(WebElement::getText).toList();
    }

    public boolean chartTableIsOpen() {
        return browser.find(By.id("cb-burnup-text")).getAttribute("open") != null;
    }

    /** The "Help Center" link of the customers' frame. */
    public String helpCenterLink() {
        return browser.find(By.id("cb-help-center-link")).getAttribute("href");
    }

    /** Waits for the Services tab's table (the tab a budget opens on). */
    public PortalBudgetPage waitForServices() {
        browser.present(By.id("cb-portal-services"));
        return this;
    }

    public PortalBudgetPage openTimeTab() {
        browser.find(By.id("cb-tab-time")).click();
        browser.present(By.id("cb-portal-time"));
        return this;
    }

    /** Opens the Expenses tab and waits for its table or its "no expenses" note. */
    public PortalBudgetPage openExpensesTab() {
        browser.find(By.id("cb-tab-expenses")).click();
        browser.waiting().until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("cb-portal-expenses")),
                ExpectedConditions.presenceOfElementLocated(By.id("cb-portal-no-expenses"))));
        return this;
    }

    /** The Time tab's paging line ("1–50 of 312"). */
    public String paging() {
        return browser.find(By.id("cb-paging")).getText();
    }

    public List<WebElement> timeRows() {
        return browser.findAll(TIME_ROWS);
    }

    public PortalBudgetPage nextPage() {
        browser.find(By.id("cb-next")).click();
        browser.present(By.id("cb-previous"));
        return this;
    }

    /** Filters the Time tab to a date range ({@code yyyy-MM-dd}) and a service, and waits for the filtered page. */
    public PortalBudgetPage filterTime(String from, String to, String serviceName) {
        browser.script("document.getElementById('cb-filter-from').value = arguments[0];"
                + "document.getElementById('cb-filter-to').value = arguments[1];", from, to);
        new Select(browser.find(By.id("cb-filter-service"))).selectByVisibleText(serviceName);
        browser.find(By.id("cb-filter-apply")).click();
        browser.waiting().until(ExpectedConditions.urlContains("serviceId="));
        return this;
    }

    /** The "Download CSV" link's address. */
    public String csvLink() {
        return browser.find(By.id("cb-csv")).getAttribute("href");
    }

    /** The browser's session cookie, to fetch what the page links with the same session. */
    public String sessionCookie() {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        return "JSESSIONID=" + session.getValue();
    }
}
