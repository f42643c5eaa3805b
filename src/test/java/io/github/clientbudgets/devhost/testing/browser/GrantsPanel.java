package io.github.clientbudgets.devhost.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Client Access grants ({@code #cb-grants}), on a project's Budgets page and on a budget page: who may see the
 * budgets in the portal, a user or a JSM customer organization. The list is loaded by script.
 */
public final class GrantsPanel {
    private final Browser browser;

    GrantsPanel(Browser browser) {
        this.browser = browser;
    }

    private static By userGrant(String userKey) {
        return By.cssSelector("#cb-grants li[data-user-key='" + userKey + "']");
    }

    private static By organizationGrant(long organizationId) {
        return By.cssSelector("#cb-grants li[data-organization-id='" + organizationId + "']");
    }

    /** Waits until the list shows the user's grant. */
    public WebElement waitForGrantTo(String userKey) {
        return browser.present(userGrant(userKey));
    }

    /** Types a user into the form and adds the grant, without waiting for the answer. */
    public GrantsPanel tryToGrant(String userKey) {
        browser.find(By.id("cb-grant-user")).sendKeys(userKey);
        browser.find(By.id("cb-grant-add")).click();
        return this;
    }

    /** Grants Client Access to a user and waits until the list shows the grant. */
    public WebElement grantTo(String userKey) {
        tryToGrant(userKey);
        return waitForGrantTo(userKey);
    }

    /** Waits until the form shows this error on the user field. */
    public void waitForUserError(String text) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#cb-grant-form .error[data-field='userKey']"), text));
    }

    /**
     * Grants Client Access to a JSM customer organization by its id (the user field emptied) and waits until the list
     * shows it with the given label.
     */
    public WebElement grantToOrganization(long organizationId, String label) {
        browser.find(By.id("cb-grant-user")).clear();
        browser.find(By.id("cb-grant-organization")).sendKeys(String.valueOf(organizationId));
        browser.find(By.id("cb-grant-add")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(organizationGrant(organizationId), label));
        return browser.find(organizationGrant(organizationId));
    }

    public void revokeFrom(String userKey) {
        revoke(userGrant(userKey));
    }

    public void revokeFromOrganization(long organizationId) {
        revoke(organizationGrant(organizationId));
    }

    private void revoke(By grant) {
        browser.find(grant).findElement(By.className("cb-grant-remove")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(grant));
    }
}
