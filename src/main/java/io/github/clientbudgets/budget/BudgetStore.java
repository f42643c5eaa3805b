package io.github.clientbudgets.budget;

import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Persistence of budgets (the budget table; line items, expenses and assignments have their own stores). Deleted
 * budgets are never returned. Every write of the app's budget-related tables runs in {@link #inTransaction}.
 */
public interface BudgetStore {
    /**
     * Runs the work in one transaction, retried when another node changed the same rows at the same moment (the work
     * only touches the database, so a repeat is safe). Line items, expenses, assignments and month locks are written
     * in it too: the caches of budgets and line items track it.
     */
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

    /**
     * Sets the budget's two alert levels (the lowest and highest of its alert thresholds) with one UPDATE of those two
     * columns (and raises the version), only if they differ.
     *
     * @return whether they changed
     */
    boolean setAlertLevels(long budgetId, int warnPercent, int criticalPercent);

    /** The ids of every budget not deleted, ascending: what the alerts' safety-net job looks at. */
    List<Long> budgetIds();

    Optional<Budget> budget(long id);

    /** These budgets (deleted ones absent), read at once and not from the cache: a bulk decision asks for hundreds. */
    Map<Long, Budget> budgets(Collection<Long> ids);

    /** The currency of a budget's amounts, also of a deleted budget (its line items and expenses are still read). */
    Currency currencyOf(long budgetId);

    List<Budget> budgetsOfProject(long projectId);

    /** Every budget (not deleted) that requires approval: the candidates of a reviewer's Approvals page. */
    List<Budget> budgetsRequiringApproval();

    /** The projects that have a budget requiring approval (each once): cheap, for "is he an approver anywhere?". */
    List<Long> projectsWithApprovalBudgets();

    /** Whether the user owns a budget that requires approval. */
    boolean ownsApprovalBudget(String userKey);

    void markDeleted(long budgetId);

    /**
     * Locks the budget's row until the transaction ends, without changing it: writers of what belongs to the
     * budget (its line items, its month locks) run one after the other, and each reads what the previous committed.
     */
    void lockBudgetRow(long budgetId);
}
