package io.github.clientbudgets.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.cache.CacheManager;
import io.github.clientbudgets.attribution.AoAssignmentStore;
import io.github.clientbudgets.attribution.StoredBudgetsAndAssignments;
import io.github.clientbudgets.budget.AoBudgetStore;
import io.github.clientbudgets.expense.AoExpenseStore;
import io.github.clientbudgets.lineitem.AoLineItemStore;
import io.github.clientbudgets.timeentry.AoTimeEntryStore;

/** The plugin's stores on one Active Objects, wired as plugin-context.xml wires them. */
public final class Stores {
    public final ActiveObjects ao;
    public final AoBudgetStore budgets;
    public final AoLineItemStore lineItems;
    public final AoExpenseStore expenses;
    public final AoAssignmentStore assignments;
    public final AoTimeEntryStore time;
    public final StoredBudgetsAndAssignments budgetsAndAssignments;

    private Stores(ActiveObjects ao, AoBudgetStore budgets, AoLineItemStore lineItems) {
        this.ao = ao;
        this.budgets = budgets;
        this.lineItems = lineItems;
        this.expenses = new AoExpenseStore(ao, budgets);
        this.assignments = new AoAssignmentStore(ao);
        this.time = new AoTimeEntryStore(ao);
        this.budgetsAndAssignments = new StoredBudgetsAndAssignments(budgets, lineItems, assignments);
    }

    /** Without caches: every read goes to the database. */
    public static Stores on(ActiveObjects ao) {
        return on(ao, new AoBudgetStore(ao));
    }

    public static Stores on(ActiveObjects ao, CacheManager caches) {
        return on(ao, new AoBudgetStore(ao, caches));
    }

    /** Around a budget store built by the test (one that counts, or fails). */
    public static Stores on(ActiveObjects ao, AoBudgetStore budgets) {
        return new Stores(ao, budgets, new AoLineItemStore(ao, budgets));
    }

    /** Around a budget and a line-item store built by the test. */
    public static Stores on(ActiveObjects ao, AoBudgetStore budgets, AoLineItemStore lineItems) {
        return new Stores(ao, budgets, lineItems);
    }
}
