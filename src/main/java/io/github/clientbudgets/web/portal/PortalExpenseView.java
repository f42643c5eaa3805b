package io.github.clientbudgets.web.portal;

import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.portal.ClientExpense;

import java.util.Currency;

/** One row of the portal's Expenses tab: the amount with its markup applied (the markup itself is internal). */
public final class PortalExpenseView {
    private final ClientExpense expense;
    private final String serviceName;
    private final Currency currency;
    private final Formats formats;

    PortalExpenseView(ClientExpense expense, String serviceName, Currency currency, Formats formats) {
        this.expense = expense;
        this.serviceName = serviceName;
        this.currency = currency;
        this.formats = formats;
    }

    public String getDate() {
        return formats.date(expense.date());
    }

    public String getDescription() {
        return expense.description();
    }

    public String getAmount() {
        return formats.money(expense.amount(), currency);
    }

    public String getServiceName() {
        return serviceName == null ? "" : serviceName;
    }
}
