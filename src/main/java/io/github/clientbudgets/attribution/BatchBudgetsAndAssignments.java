package io.github.clientbudgets.attribution;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.lineitem.LineItem;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Attribution facts for one batch of issues: their service assignments (and their parents') read in one statement,
 * which would otherwise be one look-up a worklog; budgets and services come from the store, whose caches hold them.
 * An issue outside the batch is asked of the store, so the answers are the store's own, as fresh as the batch.
 */
public final class BatchBudgetsAndAssignments implements BudgetsAndAssignments {
    private final BudgetStore store;
    private final Set<Long> issuesRead;
    private final Map<Long, Long> assignments;

    private BatchBudgetsAndAssignments(BudgetStore store, Collection<Long> issueIds) {
        this.store = store;
        this.issuesRead = Set.copyOf(issueIds);
        this.assignments = store.assignedServices(issuesRead);
    }

    /** Reads the assignments of these issues (include sub-tasks' parents). */
    public static BatchBudgetsAndAssignments read(BudgetStore store, Collection<Long> issueIds) {
        return new BatchBudgetsAndAssignments(store, issueIds);
    }

    @Override
    public Optional<Long> assignedService(long issueId) {
        return issuesRead.contains(issueId) ? Optional.ofNullable(assignments.get(issueId)) : store.assignedService(issueId);
    }

    @Override
    public Optional<LineItem> service(long serviceId) {
        return store.service(serviceId);
    }

    @Override
    public Optional<Budget> budget(long id) {
        return store.budget(id);
    }

    @Override
    public List<Budget> budgetsOfProject(long projectId) {
        return store.budgetsOfProject(projectId);
    }

    @Override
    public List<LineItem> services(long budgetId) {
        return store.services(budgetId);
    }
}
