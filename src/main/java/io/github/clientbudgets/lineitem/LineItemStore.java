package io.github.clientbudgets.lineitem;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.LineItemsOfBudget;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Persistence of line items (the service table). Writes run in {@code BudgetStore#inTransaction}; every write of a
 * budget's line items starts with {@link #lockLineItemsOfBudget}.
 */
public interface LineItemStore extends LineItemsOfBudget {
    /** The budget's line items, ordered by name then id. */
    @Override
    List<LineItem> lineItems(long budgetId);

    /** The budget's line items, when the caller holds the budget already. */
    default List<LineItem> lineItems(Budget budget) {
        return lineItems(budget.id());
    }

    Optional<LineItem> lineItem(long lineItemId);

    /**
     * Locks the budget's row until the transaction ends and returns its line items as stored now (not from a cache).
     * Every line-item write of a budget starts with it, so writes of one budget's line items run one after the other
     * and "exactly one default line item" holds under any interleaving, on every database Jira supports (a partial
     * unique index would not: H2 has none, and SQL Server's unique constraints admit one NULL only).
     */
    List<LineItem> lockLineItemsOfBudget(long budgetId);

    /**
     * Raises the line item's version if it still is {@code expectedVersion} (and holds the row until the transaction
     * ends): the guard of a full update.
     *
     * @return false when the line item is gone or another change came first
     */
    boolean claimLineItemVersion(long lineItemId, int expectedVersion);

    /** Sets the default flag of one line item with one single-column UPDATE (raising its version). */
    void setLineItemDefault(long lineItemId, boolean isDefault);

    /**
     * For each of these line items, its budget (empty for a missing line item or a deleted budget); a bulk decision
     * asks for hundreds at once.
     */
    Map<Long, Optional<Budget>> budgetsOfLineItems(Collection<Long> lineItemIds);

    LineItem insertLineItem(LineItem lineItem);

    void updateLineItem(LineItem lineItem);

    void deleteLineItem(long lineItemId);
}
