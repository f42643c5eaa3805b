package io.github.clientbudgets.access;

import com.atlassian.servicedesk.api.organization.OrganizationService;
import io.github.clientbudgets.devhost.jsm.HostJsm;
import io.github.clientbudgets.devhost.testing.browser.Browser;
import io.github.clientbudgets.devhost.testing.browser.BudgetPage;
import io.github.clientbudgets.devhost.testing.browser.GrantsPanel;
import io.github.clientbudgets.devhost.testing.browser.ProjectBudgetsPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pickers a PM meets: Jira's user picker for a grant and for a budget's owner, the JSM organization picker that
 * finds an organization by part of its name, and its note on a project that is no service project. Screenshots land
 * in target/screenshots/pickers-*.png (copies in docs/screenshots/).
 */
class PickersBrowserTest {
    @RegisterExtension
    static final Browser browser = Browser.onDemoHost("pickers-");

    @Test
    void aPmPicksAUserAndAnOrganizationForGrantsAndTheOwnerOfABudget() {
        browser.logInAs("pm");
        ProjectBudgetsPage acme = ProjectBudgetsPage.open(browser, "ACME");
        GrantsPanel grants = acme.grants();
        grants.waitForGrantTo("client");

        // Jira's user picker: a part of the display name finds the user, shown by name with his user name
        assertEquals(List.of("Diana Developer (dev2)"), grants.userPicker().search("dian"), "Diana Developer only");
        browser.screenshotWhenStyled("user-picker");
        assertEquals("dev2", grants.userPicker().choose("dian", "Diana Developer"), "the grant names the user key");
        browser.find(org.openqa.selenium.By.id("cb-grant-add")).click();
        grants.waitForGrantTo("dev2");
        grants.revokeFrom("dev2");

        // the organization picker: part of the name, in any case; only the organizations of ACME's service desk
        assertEquals(List.of("Acme Corp", "Acme Logistics", "Acme Marketing & Sales"),
                grants.organizationPicker().search("ACME"), "escaped as text, not markup");
        browser.screenshotWhenStyled("organization-picker");
        long marketing = grants.grantToOrganization("market", "Acme Marketing & Sales");
        assertEquals(2, marketing);
        grants.revokeFromOrganization(marketing);

        // the owner of a budget, with Jira's user picker
        BudgetPage website = acme.openBudget("Website relaunch");
        assertEquals("Paula Manager", website.ownerName());
        website.changeOwnerTo("dave", "Dave Developer");
        assertEquals("Dave Developer", website.ownerName());
        browser.find(org.openqa.selenium.By.id("cb-edit-budget")).click();
        assertTrue(website.owner().chosenText().contains("Dave Developer"), "the form shows the owner by name");
        website.owner().search("paula");
        browser.screenshotWhenStyled("owner");
        website.changeOwnerTo("paula", "Paula Manager");
        assertEquals("Paula Manager", website.ownerName());

        // names are shown as text by both pickers, never run as markup
        HostJsm jsm = (HostJsm) browser.host().components().get(OrganizationService.class);
        jsm.addOrganization(66, "<img src=x onerror=window.__xss=1> Hostile Ltd", 1);
        browser.host().store().createUser("mallory", "<img src=x onerror=window.__xss=2> Mallory", "m@evil.example",
                "mallory", null);
        GrantsPanel again = ProjectBudgetsPage.open(browser, "ACME").grants();
        assertEquals(List.of("<img src=x onerror=window.__xss=1> Hostile Ltd"), again.organizationPicker().search("hostile"));
        assertEquals(List.of("<img src=x onerror=window.__xss=2> Mallory (mallory)"), again.userPicker().search("mallory"));
        assertNull(browser.scriptInjectionFlag(), "no name ran as script");

        // GLOBEX is no service project: no organization picker, a note saying why
        GrantsPanel globex = ProjectBudgetsPage.open(browser, "GLOBEX").grants();
        assertTrue(globex.organizationNote().contains("no service project"), globex.organizationNote());
    }
}
