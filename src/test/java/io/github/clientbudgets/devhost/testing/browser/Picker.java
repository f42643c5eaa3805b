package io.github.clientbudgets.devhost.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/**
 * A picker of the app's pages (Jira's user picker, the JSM organization picker): an AUI Select2 control over a field
 * whose value is what is picked (a user key, an organization id). A person opens it, types part of a name and clicks
 * one of the matches.
 */
public final class Picker {
    private static final By OPEN_DROP = By.cssSelector(".select2-drop-active");
    private static final By SEARCH = By.cssSelector(".select2-drop-active input.select2-input");
    private static final By MATCHES = By.cssSelector(".select2-drop-active .select2-results li.select2-result-selectable");
    private static final By NO_MATCHES = By.cssSelector(".select2-drop-active .select2-results li.select2-no-results");
    private final Browser browser;
    private final String fieldId;

    Picker(Browser browser, String fieldId) {
        this.browser = browser;
        this.fieldId = fieldId;
    }

    private WebElement control() {
        return browser.visible(By.cssSelector("#s2id_" + fieldId + " .select2-choice"));
    }

    /** Opens the picker and types; returns the matches offered (once the search has answered). */
    public List<WebElement> search(String typed) {
        WebElement control = control();
        browser.scrollTo(control);
        control.click();
        WebElement search = browser.visible(SEARCH);
        search.clear();
        search.sendKeys(typed);
        browser.waiting().until(d -> !browser.findAll(MATCHES).isEmpty() || !browser.findAll(NO_MATCHES).isEmpty());
        return browser.findAll(MATCHES);
    }

    /** Types and clicks the match whose text contains {@code choice}; returns the picked value (the field's). */
    public String choose(String typed, String choice) {
        search(typed);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(MATCHES, choice));
        WebElement match = browser.findAll(MATCHES).stream().filter(m -> m.getText().contains(choice)).findFirst()
                .orElseThrow(() -> new AssertionError("no match '" + choice + "' for '" + typed + "'"));
        match.click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(OPEN_DROP));
        return value();
    }

    /** Types and waits for the picker to say it found nothing; closes it again. */
    public void waitForNoMatches(String typed) {
        search(typed);
        browser.present(NO_MATCHES);
        browser.script("window.AJS.$(arguments[0]).auiSelect2('close');", browser.find(By.id(fieldId)));
    }

    /** What the picker shows as picked. */
    public String chosenText() {
        return browser.find(By.cssSelector("#s2id_" + fieldId + " .select2-chosen")).getText();
    }

    /** The picked value (the field behind the control). */
    public String value() {
        return browser.find(By.id(fieldId)).getAttribute("value");
    }
}
