package io.github.clientbudgets.i18n;

import io.github.clientbudgets.devhost.testing.browser.Browser;
import io.github.clientbudgets.devhost.testing.browser.PortalBudgetPage;
import io.github.clientbudgets.devhost.testing.browser.PortalHomePage;
import io.github.clientbudgets.devhost.testing.browser.ProjectBudgetsPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A PM and a client whose Jira profile language is German, in real chromium on the demo data: the budget page and
 * the portal read German, scripts included. Screenshots land in target/screenshots/de-*.png (copies in
 * docs/screenshots/).
 */
class GermanPagesBrowserTest {
    @RegisterExtension
    static final Browser browser = Browser.onDemoHost("de-");

    private static String visibleText() {
        return browser.find(By.tagName("body")).getText();
    }

    @Test
    void aGermanPmReadsTheBudgetPageInGerman() {
        browser.host().store().setUserLocale("pm", Locale.GERMANY);
        browser.logInAs("pm");
        ProjectBudgetsPage acme = ProjectBudgetsPage.open(browser, "ACME");
        assertTrue(visibleText().contains("Budget erstellen"), visibleText());
        acme.openBudget("Website relaunch");
        browser.screenshotWhenStyled("budget");
        String page = visibleText();
        for (String german : List.of("Übersicht", "Leistungen", "Auslagen", "Gesperrte Monate", "Kundenzugriff",
                "Verlauf")) {
            assertTrue(page.contains(german), german + " in " + page);
        }
        for (String english : List.of("Summary", "Services", "Expenses", "Locked months", "Client access")) {
            assertFalse(page.contains(english), english + " in " + page);
        }
    }

    @Test
    void aGermanClientReadsThePortalInGerman() {
        browser.host().store().setUserLocale("client", Locale.GERMANY);
        browser.logInAs("client");
        PortalBudgetPage budget = PortalHomePage.open(browser).openBudget("Website relaunch").waitForServices();
        browser.screenshotWhenStyled("portal-services");
        String page = visibleText();
        for (String german : List.of("Leistungen", "Zeit", "Auslagen", "Verbleibende Stunden")) {
            assertTrue(page.contains(german), german + " in " + page);
        }
        for (String english : List.of("Services", "Expenses", "Remaining hours")) {
            assertFalse(page.contains(english), english + " in " + page);
        }
        assertTrue(budget.burnUpChartIsDisplayed());
    }
}
