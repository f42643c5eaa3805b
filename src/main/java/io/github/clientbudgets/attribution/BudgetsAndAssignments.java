package io.github.clientbudgets.attribution;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.lineitem.LineItem;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What attribution and the approval rule read about budgets, their line items and issue assignments: the stores
 * answer from the database ({@link StoredBudgetsAndAssignments}), a resync's {@link BatchBudgetsAndAssignments} from
 * what it read once for a batch of worklogs. Deleted budgets are absent.
 */
public interface BudgetsAndAssignments {
    /** The line item the issue is assigned to, if any. */
    Optional<Long> assignedLineItem(long issueId);

    /** The assigned line item of each of these issues that has one (issue id -> line item id). */
    default Map<Long, Long> assignedLineItems(Collection<Long> issueIds) {
        Map<Long, Long> result = new HashMap<>();
        for (long issueId : issueIds) {
            assignedLineItem(issueId).ifPresent(lineItemId -> result.put(issueId, lineItemId));
        }
        return result;
    }

    Optional<LineItem> lineItem(long lineItemId);

    Optional<Budget> budget(long id);

    List<Budget> budgetsOfProject(long projectId);

    List<LineItem> lineItems(long budgetId);
}
