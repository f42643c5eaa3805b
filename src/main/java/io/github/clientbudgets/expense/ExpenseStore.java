package io.github.clientbudgets.expense;

import io.github.clientbudgets.review.ApprovalStatus;

import java.util.List;
import java.util.Optional;

/** Persistence of expenses (the expense table). Writes run in {@code BudgetStore#inTransaction}. */
public interface ExpenseStore {
    /** The budget's expenses, newest first. */
    List<Expense> expenses(long budgetId);

    Optional<Expense> expense(long expenseId);

    Expense insertExpense(Expense expense);

    void updateExpense(Expense expense);

    /**
     * Raises the expense's version if it still is {@code expectedVersion} (and holds the row until the transaction
     * ends): the guard of a full update. Decisions raise the version too.
     */
    boolean claimExpenseVersion(long expenseId, int expectedVersion);

    void deleteExpense(long expenseId);

    /** Expenses of these budgets in this state, oldest first (the review queue's). */
    List<Expense> expensesWithStatus(List<Long> budgetIds, ApprovalStatus status, int limit);

    /**
     * Moves an expense from {@code expected} to {@code next} (and sets its rejection reason) in one compare-and-set.
     *
     * @return false if the expense is gone or no longer in {@code expected}
     */
    boolean transitionExpense(long expenseId, ApprovalStatus expected, ApprovalStatus next, String rejectionReason);

    /** Expenses that named a line item that goes away keep their amount at budget level. */
    void detachExpensesFromLineItem(long lineItemId);
}
