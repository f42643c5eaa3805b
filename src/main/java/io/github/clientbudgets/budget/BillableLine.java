package io.github.clientbudgets.budget;

/**
 * What a budget's own rules need to know of one of its line items: its id, its name (for the error) and how it is
 * billed, which the budget's type must allow. The line items themselves live in package {@code lineitem}, which is
 * built on budgets; this interface keeps the dependency pointing that way.
 */
public interface BillableLine {
    long id();

    String name();

    Billing billing();
}
