package io.github.clientbudgets.attribution;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.lineitem.LineItem;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Attribution's reads for one batch of issues: their line-item assignments (and their parents') read in one
 * statement, which would otherwise be one look-up a worklog; budgets and line items come from the stores, whose
 * caches hold them. An issue outside the batch is asked of the stores, so the answers are the stores' own, as fresh
 * as the batch.
 */
public final class BatchBudgetsAndAssignments implements BudgetsAndAssignments {
    private final BudgetsAndAssignments stored;
    private final Set<Long> issuesRead;
    private final Map<Long, Long> assignments;

    private BatchBudgetsAndAssignments(BudgetsAndAssignments stored, Collection<Long> issueIds) {
        this.stored = stored;
        this.issuesRead = Set.copyOf(issueIds);
        this.assignments = stored.assignedLineItems(issuesRead);
    }

    /** Reads the assignments of these issues (include sub-tasks' parents). */
    public static BatchBudgetsAndAssignments read(BudgetsAndAssignments stored, Collection<Long> issueIds) {
        return new BatchBudgetsAndAssignments(stored, issueIds);
    }

    @Override
    public Optional<Long> assignedLineItem(long issueId) {
        return issuesRead.contains(issueId) ? Optional.ofNullable(assignments.get(issueId)) : stored.assignedLineItem(issueId);
    }

    @Override
    public Optional<LineItem> lineItem(long lineItemId) {
        return stored.lineItem(lineItemId);
    }

    @Override
    public Optional<Budget> budget(long id) {
        return stored.budget(id);
    }

    @Override
    public List<Budget> budgetsOfProject(long projectId) {
        return stored.budgetsOfProject(projectId);
    }

    @Override
    public List<LineItem> lineItems(long budgetId) {
        return stored.lineItems(budgetId);
    }
}
