package io.github.clientbudgets.devhost.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.util.List;

/**
 * The plugin's admin page ({@code /plugins/servlet/client-budgets/admin}), behind Jira's WebSudo: the installation
 * check (REST probes, "can this customer get in"), the resync of time entries and the access explainer.
 */
public final class AdminPage {
    public static final String PATH = "/plugins/servlet/client-budgets/admin";
    private static final String WEBSUDO = "/secure/admin/WebSudoAuthenticate";
    private final Browser browser;

    private AdminPage(Browser browser) {
        this.browser = browser;
    }

    /**
     * Opens the page as the logged-in admin: Jira's WebSudo prompt ("Administrator Access") asks for the password
     * again and then forwards to the page.
     */
    public static AdminPage open(Browser browser, String password) {
        browser.open(PATH);
        if (browser.currentUrl().contains(WEBSUDO)) {
            browser.find(By.id("login-form-authenticatePassword")).sendKeys(password);
            browser.find(By.id("login-form-submit")).click();
            browser.waiting().until(d -> !d.getCurrentUrl().contains(WEBSUDO));
        }
        return new AdminPage(browser);
    }

    /** Whether the browser stands at WebSudo's password prompt. */
    public static boolean isAskingForWebSudo(Browser browser) {
        return browser.currentUrl().contains(WEBSUDO);
    }

    /** Whether Jira's admin sidebar marks the plugin's page as the selected item (the atl.admin decorator). */
    public boolean isSelectedInTheAdminSidebar() {
        browser.present(By.id("admin-sidebar"));
        return browser.find(By.id("client-budgets-admin-link")).findElement(By.xpath(".."))
                .getAttribute("class").contains("aui-nav-selected");
    }

    // the installation check

    /** Waits until every REST probe has an outcome. */
    public AdminPage waitForTheProbes() {
        browser.waiting().until(d -> d.findElements(By.cssSelector("tr.cb-probe[data-outcome]")).size()
                == d.findElements(By.cssSelector("tr.cb-probe")).size());
        return this;
    }

    public List<WebElement> probes() {
        return browser.findAll(By.cssSelector("tr.cb-probe"));
    }

    public List<String> probesThatFailed() {
        return browser.findAll(By.cssSelector("tr.cb-probe:not([data-outcome='pass'])")).stream()
                .map(WebElement::getText).toList();
    }

    /** Checks whether a customer gets into the portal; waits until the verdict says he is admitted. */
    public AdminPage checkCustomerIsAdmitted(String userName) {
        browser.find(By.id("cb-check-customer-name")).sendKeys(userName);
        browser.find(By.id("cb-check-customer-go")).click();
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("cb-check-customer-verdict"), "data-admitted", "true"));
        return this;
    }

    public String customerCheckResult() {
        return browser.find(By.id("cb-check-customer-result")).getText();
    }

    // the resync

    public String resyncState() {
        return browser.visible(By.id("cb-resync-state")).getText();
    }

    /**
     * Asks for a resync now and follows the page's polling: "Requested", then (with the progress bar while it runs)
     * a "Last finished at" newer than before.
     */
    public AdminPage resyncNowAndWaitUntilFinished() {
        WebElement state = browser.visible(By.id("cb-resync-state"));
        String before = state.getText();
        browser.find(By.id("cb-resync-now")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElement(state, "Requested"));
        browser.waiting(Duration.ofSeconds(90)).until(d -> {
            String now = state.getText();
            return now.startsWith("Last finished at") && !now.equals(before);
        });
        return this;
    }

    public boolean showsResyncProgress() {
        return browser.find(By.id("cb-resync-progress")).isDisplayed();
    }

    // the access explainer

    public AdminPage explainAccess(String userKey, long budgetId) {
        new Picker(browser, "cb-admin-explain-user").choose(userKey, "(" + userKey + ")");
        browser.find(By.id("cb-admin-explain-budget")).sendKeys(String.valueOf(budgetId));
        browser.find(By.id("cb-admin-explain-go")).click();
        browser.present(By.cssSelector("#cb-admin-explain-reasons li"));
        return this;
    }

    public String explainerVerdict() {
        return browser.find(By.id("cb-admin-explain-verdict")).getText();
    }

    public List<WebElement> explainerReasonsUnmet() {
        return browser.findAll(By.cssSelector("#cb-admin-explain-reasons li.cb-unmet"));
    }
}
