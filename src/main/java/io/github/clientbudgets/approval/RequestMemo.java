package io.github.clientbudgets.approval;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.budget.TeamAccessPolicy;
import io.github.clientbudgets.lineitem.LineItemStore;
import io.github.clientbudgets.timeentry.TimeEntry;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request's memo of budgets, locked months and permission answers, for the approval service: a bulk decision on
 * 1,000 entries asks each question once.
 */
final class RequestMemo {
    private final TeamAccessPolicy.Caller access;
    private final LineItemStore lineItems;
    private final BudgetStore budgets;
    private final PeriodLockStore locks;
    private final Map<Long, Optional<Budget>> budgetOfService = new HashMap<>();
    private final Map<Long, List<YearMonth>> lockedMonths = new HashMap<>();

    RequestMemo(String caller, TeamAccessPolicy policy, LineItemStore lineItems, BudgetStore budgets,
                PeriodLockStore locks) {
        this.access = policy.forCaller(caller);
        this.lineItems = lineItems;
        this.budgets = budgets;
        this.locks = locks;
    }

    Budget budgetOf(TimeEntry entry) {
        Long serviceId = entry.countedServiceId();
        if (serviceId == null) {
            return null;
        }
        return budgetOfService.computeIfAbsent(serviceId, id -> lineItems.lineItem(id)
                .flatMap(s -> budgets.budget(s.budgetId()))).orElse(null); // deleted budgets read as absent
    }

    /** Reads the budgets of these entries at once, so that {@link #budgetOf} answers them from memory. */
    void knowBudgetsOf(Collection<TimeEntry> entries) {
        List<Long> unknown = entries.stream().map(TimeEntry::countedServiceId).filter(Objects::nonNull).distinct()
                .filter(id -> !budgetOfService.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            budgetOfService.putAll(lineItems.budgetsOfLineItems(unknown));
        }
    }

    boolean isLocked(long budgetId, YearMonth month) {
        return lockedMonths.computeIfAbsent(budgetId, locks::lockedMonths).contains(month);
    }

    boolean canBrowse(long projectId) {
        return access.mayBrowse(projectId);
    }

    boolean canSee(Budget budget) {
        return access.maySee(budget);
    }

    void learnAdministered(List<Long> projectIds) {
        access.learnAdministered(projectIds);
    }

    boolean mayApprove(Budget budget) {
        return access.mayApprove(budget);
    }

    boolean administers(long projectId) {
        return access.mayAdminister(projectId);
    }
}
