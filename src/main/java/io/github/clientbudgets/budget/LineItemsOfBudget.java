package io.github.clientbudgets.budget;

import java.util.List;

/**
 * The line items of a budget, as far as the budget's rules and the expense rules need them; the line-item store
 * answers (package {@code lineitem} builds on budgets, so it implements this rather than being called by name).
 */
public interface LineItemsOfBudget {
    /** The budget's line items, ordered by name then id (empty for an unknown budget). */
    List<? extends BillableLine> lineItems(long budgetId);
}
