package io.github.clientbudgets.web.portal;

import io.github.clientbudgets.common.Money;
import io.github.clientbudgets.portal.ClientExpense;

/** One row of the portal's Expenses tab: the amount with its markup applied (the markup itself is internal). */
public final class PortalExpenseView {
    private final ClientExpense expense;
    private final String serviceName;

    PortalExpenseView(ClientExpense expense, String serviceName) {
        this.expense = expense;
        this.serviceName = serviceName;
    }

    public String getDate() {
        return expense.date().toString();
    }

    public String getDescription() {
        return expense.description();
    }

    public String getAmount() {
        return Money.format(expense.amount());
    }

    public String getServiceName() {
        return serviceName == null ? "" : serviceName;
    }
}
