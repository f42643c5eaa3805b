package io.github.clientbudgets.lineitem;

import io.github.clientbudgets.budget.BillableLine;
import io.github.clientbudgets.budget.Billing;

import java.math.BigDecimal;

/**
 * A line of a budget (the users call it a service). {@code rate}: price per hour for HOURLY, the price for FIXED, null for NON_BILLABLE.
 * {@code costRate} is internal and never leaves the team's side. {@code version} counts the row's changes: a full
 * update names the version it was made from, and a stale one is refused.
 */
public record LineItem(long id, long budgetId, String name, Billing billing, Long budgetedSeconds, BigDecimal rate,
                       BigDecimal costRate, boolean isDefault, int version) implements BillableLine {

    /** A line item not read from the database (version 0). */
    public LineItem(long id, long budgetId, String name, Billing billing, Long budgetedSeconds, BigDecimal rate,
                    BigDecimal costRate, boolean isDefault) {
        this(id, budgetId, name, billing, budgetedSeconds, rate, costRate, isDefault, 0);
    }

    public LineItem withId(long newId) {
        return new LineItem(newId, budgetId, name, billing, budgetedSeconds, rate, costRate, isDefault, version);
    }

    public LineItem withDefault(boolean value) {
        return new LineItem(id, budgetId, name, billing, budgetedSeconds, rate, costRate, value, version);
    }
}
