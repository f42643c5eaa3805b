package io.github.clientbudgets.web;

import io.github.clientbudgets.common.Fields;
import io.github.clientbudgets.common.Money;
import io.github.clientbudgets.expense.Expense;

/** An expense row of the budget page. */
public final class ExpenseView {
    private final Expense expense;
    private final String serviceName;

    public ExpenseView(Expense expense, String serviceName) {
        this.expense = expense;
        this.serviceName = serviceName;
    }

    public long getId() {
        return expense.id();
    }

    public String getDate() {
        return Fields.iso(expense.date());
    }

    public String getDescription() {
        return expense.description();
    }

    public String getAmount() {
        return Money.format(expense.amount());
    }

    public String getMarkupPercent() {
        return Money.format(expense.markupPercent());
    }

    public boolean isBillable() {
        return expense.billable();
    }

    public String getStatus() {
        return expense.status().name();
    }

    public String getServiceId() {
        return expense.serviceId() == null ? "" : String.valueOf(expense.serviceId());
    }

    public String getServiceName() {
        return serviceName == null ? "" : serviceName;
    }
}
