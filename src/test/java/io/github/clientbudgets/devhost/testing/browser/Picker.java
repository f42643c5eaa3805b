package io.github.clientbudgets.devhost.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import java.util.List;

/**
 * A picker of the app's pages (Jira's user picker, the JSM organization picker): an AUI Select2 control over a field
 * whose value is what is picked (a user key, an organization id). A person opens it, types part of a name and clicks
 * one of the matches.
 */
public final class Picker {
    private static final By OPEN_DROP = By.cssSelector(".select2-drop-active");
    private static final By SEARCH = By.cssSelector("input.select2-input");
    private static final By MATCHES = By.cssSelector(".select2-results li.select2-result-selectable");
    private static final By NO_MATCHES = By.cssSelector(".select2-results li.select2-no-results");
    private final Browser browser;
    private final String fieldId;

    Picker(Browser browser, String fieldId) {
        this.browser = browser;
        this.fieldId = fieldId;
    }

    private WebElement control() {
        return browser.visible(By.cssSelector("#s2id_" + fieldId + " .select2-choice"));
    }

    /** Whether this picker's drop-down is open. */
    private boolean isOpen() {
        return String.valueOf(browser.find(By.id("s2id_" + fieldId)).getAttribute("class")).contains("select2-dropdown-open");
    }

    /** The open drop-down (each picker keeps its own; only the open one is shown). */
    private WebElement openDrop() {
        return browser.findAll(OPEN_DROP).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    /**
     * Opens the picker (unless it is open) and types a part of the names it shows; returns the texts of the matches
     * offered, once the search has answered.
     */
    public List<String> search(String typed) {
        if (!isOpen()) {
            // another picker left open is closed first, as a click elsewhere would
            browser.script("document.querySelectorAll('.select2-container.select2-dropdown-open').forEach(function (c) {"
                    + " window.AJS.$(document.getElementById(c.id.substring('s2id_'.length))).auiSelect2('close'); });");
            WebElement control = control();
            browser.scrollTo(control);
            control.click();
        }
        WebElement drop = browser.waiting().until(d -> isOpen() ? openDrop() : null);
        WebElement search = drop.findElement(SEARCH);
        search.clear();
        search.sendKeys(typed);
        String none = noMatchesText();
        return browser.waiting().until(d -> answered(drop, typed, none));
    }

    /** What the page's pickers say when they found nothing (Select2 shows "type to search" in the same place). */
    private String noMatchesText() {
        return String.valueOf(browser.script("return document.querySelector('[data-text-picker-none]')"
                + ".getAttribute('data-text-picker-none');"));
    }

    /**
     * The matches of what was typed (Select2 marks the typed part of each), not those of an earlier search; null
     * while the search runs or Select2 redraws the list.
     */
    private static List<String> answered(WebElement drop, String typed, String none) {
        try {
            if (!drop.findElements(By.cssSelector(".select2-results li.select2-searching")).isEmpty()) {
                return null;
            }
            if (drop.findElements(NO_MATCHES).stream().anyMatch(li -> li.getText().equals(none))) {
                return List.of();
            }
            List<WebElement> matches = drop.findElements(MATCHES);
            boolean current = !matches.isEmpty() && matches.stream().allMatch(m -> m.findElements(By.className("select2-match"))
                    .stream().anyMatch(mark -> mark.getText().equalsIgnoreCase(typed)));
            return current ? matches.stream().map(WebElement::getText).toList() : null;
        } catch (StaleElementReferenceException redrawn) {
            return null;
        }
    }

    /** Types and clicks the match whose text contains {@code choice}; returns the picked value (the field's). */
    public String choose(String typed, String choice) {
        search(typed);
        browser.waiting().until(d -> {
            try {
                WebElement match = openDrop().findElements(MATCHES).stream().filter(m -> m.getText().contains(choice))
                        .findFirst().orElse(null);
                if (match == null) {
                    return false;
                }
                match.click();
                return true;
            } catch (StaleElementReferenceException redrawn) {
                return false;
            }
        });
        browser.waiting().until(d -> openDrop() == null);
        return value();
    }

    /** Types and waits for the picker to say it found nothing; closes it again. */
    public void waitForNoMatches(String typed) {
        if (!search(typed).isEmpty()) {
            throw new AssertionError("matches for '" + typed + "'");
        }
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
