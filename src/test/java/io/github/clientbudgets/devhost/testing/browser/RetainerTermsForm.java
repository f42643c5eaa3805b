package io.github.clientbudgets.devhost.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A retainer's terms in the budget form ({@code #cb-budget-form}): on the budget page (edit) or the project page
 * (new budget). The fields show for the type "Retainer" only, the cap only with a rollover rule.
 */
public final class RetainerTermsForm {
    private static final By FORM = By.id("cb-budget-form");
    private static final By TERMS = By.id("cb-retainer-terms");
    private final Browser browser;

    private RetainerTermsForm(Browser browser) {
        this.browser = browser;
    }

    /** Opens the budget page's edit form (unless open). */
    public static RetainerTermsForm editOnBudgetPage(Browser browser) {
        if (String.valueOf(browser.find(FORM).getAttribute("class")).contains("cb-hidden")) {
            browser.find(By.id("cb-edit-budget")).click();
        }
        browser.visible(By.id("cb-name"));
        return new RetainerTermsForm(browser);
    }

    /** The form as it is (e.g. the project page's new-budget form, once opened). */
    public static RetainerTermsForm of(Browser browser) {
        return new RetainerTermsForm(browser);
    }

    public boolean termsShown() {
        return browser.find(TERMS).isDisplayed();
    }

    public boolean capShown() {
        return browser.find(By.id("cb-retainer-cap")).isDisplayed();
    }

    /** The budget's type, e.g. {@code RETAINER}. */
    public RetainerTermsForm type(String type) {
        new Select(browser.find(By.id("cb-type"))).selectByValue(type);
        return this;
    }

    /** {@code MONTHLY} or {@code QUARTERLY}. */
    public RetainerTermsForm period(String period) {
        new Select(browser.visible(By.id("cb-retainer-period"))).selectByValue(period);
        return this;
    }

    public RetainerTermsForm hours(String hours) {
        browser.type(By.id("cb-retainer-hours"), hours);
        return this;
    }

    public RetainerTermsForm fee(String amount) {
        browser.type(By.id("cb-retainer-amount"), amount);
        return this;
    }

    /** {@code NONE}, {@code CARRY_OVER} or {@code BORROW}. */
    public RetainerTermsForm rollover(String rule) {
        new Select(browser.visible(By.id("cb-retainer-rollover"))).selectByValue(rule);
        return this;
    }

    public RetainerTermsForm cap(String hours) {
        browser.type(By.id("cb-retainer-cap"), hours);
        return this;
    }

    /** Saves the edit form; waits for the page to come back with the new terms. */
    public BudgetPage save() {
        WebElement page = browser.find(By.id("cb-budget"));
        submit();
        browser.untilGone(page);
        return BudgetPage.shownIn(browser);
    }

    /** Saves, expecting a refusal: answers the message shown next to the terms' field ({@code rolloverCapHours}). */
    public String saveRefused(String field) {
        submit();
        By error = By.cssSelector("#cb-budget-form .error[data-field='retainer." + field + "']");
        browser.waiting().until(ExpectedConditions.not(ExpectedConditions.textToBe(error, "")));
        return browser.find(error).getText();
    }

    private void submit() {
        WebElement save = browser.find(By.cssSelector("#cb-budget-form button[type=submit]"));
        browser.scrollTo(save);
        save.click();
    }
}
