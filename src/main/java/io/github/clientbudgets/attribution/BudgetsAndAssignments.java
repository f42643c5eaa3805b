package io.github.clientbudgets.attribution;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.lineitem.LineItem;

import java.util.List;
import java.util.Optional;

/**
 * What attribution and the approval rule read about budgets: the budget store answers from the database, a
 * resync's {@link BatchBudgetsAndAssignments} from what it read once for a batch of worklogs. Deleted budgets are absent.
 */
public interface BudgetsAndAssignments {
    Optional<Long> assignedService(long issueId);

    Optional<LineItem> service(long serviceId);

    Optional<Budget> budget(long id);

    List<Budget> budgetsOfProject(long projectId);

    List<LineItem> services(long budgetId);
}
