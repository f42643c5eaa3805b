package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.common.Fields;
import io.github.clientbudgets.common.Money;
import io.github.clientbudgets.expense.Expense;

/** Expenses as the team's REST shows them. */
public class ExpenseJsonMapper {

    public ExpenseJson expense(Expense x) {
        return new ExpenseJson(x.id(), x.budgetId(), x.serviceId(), Fields.iso(x.date()), x.description(),
                Money.format(x.amount()), x.billable(), Money.format(x.markupPercent()), x.status().name(),
                x.authorKey(), x.rejectionReason(), x.version());
    }
}
