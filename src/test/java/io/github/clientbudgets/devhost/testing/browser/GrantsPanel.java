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

    /** Jira's user picker of the grant form. */
    public Picker userPicker() {
        return new Picker(browser, "cb-grant-user");
    }

    /** The JSM organization picker of the grant form. */
    public Picker organizationPicker() {
        return new Picker(browser, "cb-grant-organization");
    }

    /**
     * Grants Client Access to a user picked with Jira's user picker (typing the user name, choosing the match that
     * shows it) and waits until the list shows the grant.
     */
    public WebElement grantTo(String userName) {
        String key = userPicker().choose(userName, "(" + userName + ")");
        browser.find(By.id("cb-grant-add")).click();
        return waitForGrantTo(key);
    }

    /**
     * Grants Client Access to the JSM customer organization picked by typing part of its name and choosing the one
     * named so; waits until the list shows it. Returns the organization's id.
     */
    public long grantToOrganization(String typed, String name) {
        long id = Long.parseLong(organizationPicker().choose(typed, name));
        browser.find(By.id("cb-grant-add")).click();
        browser.present(organizationGrant(id));
        return id;
    }

    /** The note in place of the organization picker (without JSM, or on a project that is no service project). */
    public String organizationNote() {
        return browser.visible(By.id("cb-grant-organization-note")).getText();
    }

    /** The list's entry of an organization grant. */
    public WebElement organizationGrantOf(long organizationId) {
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
