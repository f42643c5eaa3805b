package io.github.clientbudgets.devhost.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/**
 * A Jira Service Management customer portal ({@code /servicedesk/customer/portal/ID}); for a client, the plugin's
 * panel in its subheader lists his budgets.
 */
public final class JsmPortalPage {
    private final Browser browser;

    private JsmPortalPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the portal and waits for its title. */
    public static JsmPortalPage open(Browser browser, long portalId) {
        browser.open("/servicedesk/customer/portal/" + portalId);
        browser.present(By.id("cv-portal-title"));
        return new JsmPortalPage(browser);
    }

    public JsmPortalPage waitForBudgetsPanel() {
        browser.present(By.id("cb-portal-panel"));
        return this;
    }

    public boolean showsBudgetsPanel() {
        return !browser.isAbsent(By.id("cb-portal-panel"));
    }

    public String subheader() {
        return browser.find(By.id("cv-portal-subheader")).getText();
    }

    /** Scripts and images in the subheader (budget names must never become markup). */
    public List<WebElement> subheaderMarkup() {
        return browser.findAll(By.cssSelector("#cv-portal-subheader script, #cv-portal-subheader img"));
    }

    public PortalBudgetPage openBudget(String name) {
        browser.find(By.linkText(name)).click();
        return PortalBudgetPage.shownIn(browser);
    }
}
