package io.github.clientbudgets.budget;

import io.github.clientbudgets.attribution.BudgetsAndAssignments;
import io.github.clientbudgets.expense.Expense;
import io.github.clientbudgets.lineitem.LineItem;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Persistence of budgets, their services and expenses, and issue assignments. Deleted budgets are never returned. */
public interface BudgetStore extends BudgetsAndAssignments {
    <T> T inTransaction(Supplier<T> work);

    Budget insertBudget(Budget budget);

    void updateBudget(Budget budget);

    /**
     * Raises the budget's version if it still is {@code expectedVersion} (and holds the row until the transaction
     * ends): the guard of a full update. Call it first inside the transaction, then read and write.
     *
     * @return false when the budget is gone or another change came first
     */
    boolean claimBudgetVersion(long budgetId, int expectedVersion);

    /**
     * Sets one flag with one single-column UPDATE (and raises the version), only if it differs.
     *
     * @return whether the flag changed
     */
    boolean setBudgetFlag(long budgetId, BudgetFlag flag, boolean value);

    Optional<Budget> budget(long id);

    List<Budget> budgetsOfProject(long projectId);

    /** Every budget (not deleted) that requires approval: the candidates of a reviewer's Approvals page. */
    List<Budget> budgetsRequiringApproval();

    /** The projects that have a budget requiring approval (each once): cheap, for "is he an approver anywhere?". */
    List<Long> projectsWithApprovalBudgets();

    /** Whether the user owns a budget that requires approval. */
    boolean ownsApprovalBudget(String userKey);

    void markDeleted(long budgetId);

    List<LineItem> services(long budgetId);

    /** The budget's services, when the caller holds the budget already (no second look-up of its currency). */
    default List<LineItem> services(Budget budget) {
        return services(budget.id());
    }

    Optional<LineItem> service(long serviceId);

    /**
     * Locks the budget's row until the transaction ends and returns its services as stored now (not from a cache).
     * Every service write of a budget starts with it, so writes of one budget's services run one after the other and
     * "exactly one default service" holds under any interleaving, on every database Jira supports (a partial unique
     * index would not: H2 has none, and SQL Server's unique constraints admit one NULL only).
     */
    List<LineItem> lockServicesOfBudget(long budgetId);

    /**
     * Locks the budget's row until the transaction ends, without changing it: writers of what belongs to the
     * budget (its services, its month locks) run one after the other, and each reads what the previous committed.
     */
    void lockBudgetRow(long budgetId);

    /**
     * Raises the service's version if it still is {@code expectedVersion} (and holds the row until the transaction
     * ends): the guard of a full update.
     *
     * @return false when the service is gone or another change came first
     */
    boolean claimServiceVersion(long serviceId, int expectedVersion);

    /** Sets the default flag of one service with one single-column UPDATE (raising its version). */
    void setServiceDefault(long serviceId, boolean isDefault);

    /**
     * For each of these services, its budget ({@link #service} then {@link #budget}: empty for a missing service or a
     * deleted budget); a bulk decision asks for hundreds at once.
     */
    default Map<Long, Optional<Budget>> budgetsOfServices(Collection<Long> serviceIds) {
        Map<Long, Optional<Budget>> result = new HashMap<>();
        for (long id : serviceIds) {
            result.put(id, service(id).flatMap(s -> budget(s.budgetId())));
        }
        return result;
    }

    LineItem insertService(LineItem service);

    void updateService(LineItem service);

    void deleteService(long serviceId);

    List<Expense> expenses(long budgetId);

    Optional<Expense> expense(long expenseId);

    Expense insertExpense(Expense expense);

    void updateExpense(Expense expense);

    /** As {@link #claimServiceVersion}, for an expense: decisions raise the version too. */
    boolean claimExpenseVersion(long expenseId, int expectedVersion);

    void deleteExpense(long expenseId);

    /** Expenses of these budgets in this state, oldest first (the review queue's). */
    List<Expense> expensesWithStatus(List<Long> budgetIds, io.github.clientbudgets.review.ApprovalStatus status, int limit);

    /**
     * Moves an expense from {@code expected} to {@code next} (and sets its rejection reason) in one compare-and-set.
     *
     * @return false if the expense is gone or no longer in {@code expected}
     */
    boolean transitionExpense(long expenseId, io.github.clientbudgets.review.ApprovalStatus expected,
                              io.github.clientbudgets.review.ApprovalStatus next, String rejectionReason);

    /** Expenses that named a service that goes away keep their amount at budget level. */
    void detachExpensesFromService(long serviceId);

    Optional<Long> assignedService(long issueId);

    /** The assigned service of each of these issues that has one (issue id -> service id). */
    default Map<Long, Long> assignedServices(Collection<Long> issueIds) {
        Map<Long, Long> result = new HashMap<>();
        for (long issueId : issueIds) {
            assignedService(issueId).ifPresent(serviceId -> result.put(issueId, serviceId));
        }
        return result;
    }

    /** Sets (or with null removes) the service of an issue. */
    void assignIssue(long issueId, long projectId, Long serviceId);

    void removeAssignmentsOfService(long serviceId);
}
