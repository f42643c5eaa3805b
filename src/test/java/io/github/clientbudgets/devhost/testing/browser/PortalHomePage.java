package io.github.clientbudgets.devhost.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The client portal's home ({@code /plugins/servlet/client-budgets/portal}): the budgets a client may see. */
public final class PortalHomePage {
    public static final String PATH = "/plugins/servlet/client-budgets/portal";
    private final Browser browser;

    private PortalHomePage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the portal as the logged-in user and waits for the list of budgets. */
    public static PortalHomePage open(Browser browser) {
        browser.open(PATH);
        browser.present(By.id("cb-portal-home"));
        return new PortalHomePage(browser);
    }

    public List<WebElement> budgetLinks() {
        return browser.findAll(By.cssSelector("#cb-portal-budgets .cb-portal-budget-link"));
    }

    public String budgetList() {
        return browser.find(By.id("cb-portal-budgets")).getText();
    }

    /** The logged-in customer's name in the customers' frame (Help Center header). */
    public String customerName() {
        return browser.find(By.id("cb-help-center-user")).getText();
    }

    public boolean showsTheCustomersFrame() {
        return !browser.isAbsent(By.id("cb-help-center-header"));
    }

    public PortalBudgetPage openBudget(String name) {
        browser.find(By.cssSelector("#cb-portal-budgets")).findElement(By.linkText(name)).click();
        return PortalBudgetPage.shownIn(browser);
    }
}
