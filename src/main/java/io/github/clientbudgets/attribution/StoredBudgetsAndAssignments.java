package io.github.clientbudgets.attribution;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.lineitem.LineItemStore;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link BudgetsAndAssignments} as stored now: the budget, line-item and assignment stores (and their caches). */
public class StoredBudgetsAndAssignments implements BudgetsAndAssignments {
    private final BudgetStore budgets;
    private final LineItemStore lineItems;
    private final AssignmentStore assignments;

    public StoredBudgetsAndAssignments(BudgetStore budgets, LineItemStore lineItems, AssignmentStore assignments) {
        this.budgets = budgets;
        this.lineItems = lineItems;
        this.assignments = assignments;
    }

    @Override
    public Optional<Long> assignedLineItem(long issueId) {
        return assignments.assignedLineItem(issueId);
    }

    @Override
    public Map<Long, Long> assignedLineItems(Collection<Long> issueIds) {
        return assignments.assignedLineItems(issueIds);
    }

    @Override
    public Optional<LineItem> lineItem(long lineItemId) {
        return lineItems.lineItem(lineItemId);
    }

    @Override
    public Optional<Budget> budget(long id) {
        return budgets.budget(id);
    }

    @Override
    public List<Budget> budgetsOfProject(long projectId) {
        return budgets.budgetsOfProject(projectId);
    }

    @Override
    public List<LineItem> lineItems(long budgetId) {
        return lineItems.lineItems(budgetId);
    }
}
