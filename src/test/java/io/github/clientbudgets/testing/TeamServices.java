package io.github.clientbudgets.testing;

import io.github.clientbudgets.approval.AoPeriodLockStore;
import io.github.clientbudgets.attribution.AttributionService;
import io.github.clientbudgets.attribution.DefaultIssueAssignmentService;
import io.github.clientbudgets.audit.AuditTrail;
import io.github.clientbudgets.budget.DefaultBudgetService;
import io.github.clientbudgets.budget.TeamAccessPolicy;
import io.github.clientbudgets.expense.DefaultExpenseService;
import io.github.clientbudgets.lineitem.DefaultLineItemService;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.timeentry.IssueReattribution;

/** The team's services on the given stores, wired as plugin-context.xml wires them. */
public final class TeamServices {
    public final TeamAccessPolicy policy;
    public final DefaultBudgetService budgets;
    public final DefaultLineItemService lineItems;
    public final DefaultExpenseService expenses;
    public final DefaultIssueAssignmentService assignments;
    public final AttributionService attribution;

    public TeamServices(Stores stores, AuditTrail audit, Permissions permissions) {
        policy = new TeamAccessPolicy(permissions);
        budgets = new DefaultBudgetService(stores.budgets, stores.lineItems, stores.time, audit, permissions, policy);
        lineItems = new DefaultLineItemService(stores.lineItems, stores.budgets, budgets, stores.expenses,
                stores.assignments, stores.time, audit);
        expenses = new DefaultExpenseService(stores.expenses, stores.budgets, budgets, stores.lineItems,
                new AoPeriodLockStore(stores.ao), audit);
        attribution = new AttributionService(stores.budgetsAndAssignments);
        assignments = new DefaultIssueAssignmentService(stores.assignments, stores.budgets, stores.lineItems,
                permissions, policy, new IssueReattribution(stores.time, attribution), audit);
    }
}
