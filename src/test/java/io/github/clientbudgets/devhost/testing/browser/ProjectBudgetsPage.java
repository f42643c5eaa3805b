package io.github.clientbudgets.devhost.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A project's Budgets page ({@code /plugins/servlet/client-budgets/project/KEY}): its budgets, a new one, grants. */
public final class ProjectBudgetsPage {
    private final Browser browser;

    private ProjectBudgetsPage(Browser browser) {
        this.browser = browser;
    }

    public static ProjectBudgetsPage open(Browser browser, String projectKey) {
        browser.open("/plugins/servlet/client-budgets/project/" + projectKey);
        browser.visible(By.id("cb-project-budgets"));
        return new ProjectBudgetsPage(browser);
    }

    public String budgetList() {
        return browser.find(By.id("cb-budget-list")).getText();
    }

    public GrantsPanel grants() {
        return new GrantsPanel(browser);
    }

    public BudgetPage openBudget(String name) {
        browser.find(By.linkText(name)).click();
        return BudgetPage.shownIn(browser);
    }

    /** Opens the "New budget" form. */
    public NewBudgetForm newBudget() {
        browser.find(By.id("cb-new-budget")).click();
        return new NewBudgetForm();
    }

    /** The "New budget" form; {@link #create()} sends it and lands on the new budget's page. */
    public final class NewBudgetForm {
        private NewBudgetForm() {
        }

        public NewBudgetForm name(String name) {
            browser.type(By.id("cb-name"), name);
            return this;
        }

        /** The budget type's value, e.g. {@code TIME_AND_MATERIALS}. */
        public NewBudgetForm type(String type) {
            new Select(browser.find(By.id("cb-type"))).selectByValue(type);
            return this;
        }

        public NewBudgetForm currency(String currency) {
            browser.type(By.id("cb-currency"), currency);
            return this;
        }

        public NewBudgetForm runningFrom(String startDate, String endDate) {
            browser.pick(browser.visible(By.id("cb-start")), startDate);
            browser.pick(browser.visible(By.id("cb-end")), endDate);
            return this;
        }

        public NewBudgetForm amount(String amount) {
            browser.type(By.id("cb-amount"), amount);
            return this;
        }

        public NewBudgetForm hours(String hours) {
            browser.type(By.id("cb-hours"), hours);
            return this;
        }

        public BudgetPage create() {
            browser.find(By.cssSelector("#cb-budget-form button[type=submit]")).click();
            return BudgetPage.shownIn(browser);
        }
    }
}
