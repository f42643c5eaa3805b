package io.github.clientbudgets.attribution;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStatus;
import io.github.clientbudgets.lineitem.LineItem;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which line item (the users' "service") a worklog counts against (docs/budgets.md), first match wins:
 * <ol>
 *   <li>a PM's explicit choice on the entry;</li>
 *   <li>the service assigned to the worklog's issue, or for a sub-task without one, to its parent;</li>
 *   <li>the default service of an open budget of the worklog's project whose date range holds the worklog's day.</li>
 * </ol>
 * A candidate counts only if its budget is not deleted and belongs to the worklog's project. Where several budgets
 * qualify for rule 3, the oldest (lowest id) wins, so that the answer is stable. At most one service, or none.
 */
public class AttributionService {
    private final BudgetsAndAssignments stored;

    public AttributionService(BudgetsAndAssignments stored) {
        this.stored = stored;
    }

    public Optional<Long> attribute(WorklogFacts worklog) {
        return attribute(worklog, stored);
    }

    /** The same rules on what was read beforehand (a resync's batch). */
    public Optional<Long> attribute(WorklogFacts worklog, BudgetsAndAssignments facts) {
        List<Budget> budgetsOfProject = facts.budgetsOfProject(worklog.projectId());
        if (budgetsOfProject.isEmpty()) {
            return Optional.empty(); // every rule needs a budget of the worklog's project (most projects have none)
        }
        if (worklog.explicitServiceId() != null && valid(worklog.explicitServiceId(), worklog.projectId(), facts)) {
            return Optional.of(worklog.explicitServiceId());
        }
        Optional<Long> issueService = facts.assignedLineItem(worklog.issueId())
                .filter(id -> valid(id, worklog.projectId(), facts));
        if (issueService.isEmpty() && worklog.parentIssueId() != null) {
            issueService = facts.assignedLineItem(worklog.parentIssueId()).filter(id -> valid(id, worklog.projectId(), facts));
        }
        if (issueService.isPresent()) {
            return issueService;
        }
        return budgetsOfProject.stream()
                .filter(b -> b.status() == BudgetStatus.OPEN && b.covers(worklog.day()))
                .sorted(Comparator.comparingLong(Budget::id))
                .map(b -> facts.lineItems(b.id()).stream().filter(LineItem::isDefault).findFirst())
                .flatMap(Optional::stream)
                .map(LineItem::id)
                .findFirst();
    }

    private static boolean valid(long serviceId, long projectId, BudgetsAndAssignments facts) {
        return facts.lineItem(serviceId)
                .flatMap(s -> facts.budget(s.budgetId()))
                .filter(b -> b.projectId() == projectId)
                .isPresent();
    }
}
