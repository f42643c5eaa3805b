package io.github.clientbudgets.lineitem;

import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.common.Errors;
import io.github.clientbudgets.common.Fields;
import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.common.Money;

import java.math.BigDecimal;

/** Checks a {@link LineItemInput} against its budget. */
public final class LineItemRules {
    private LineItemRules() {
    }

    /** @param existing the stored service on update, null on create */
    public static LineItem validate(LineItemInput in, Budget budget, LineItem existing, boolean firstOfBudget) {
        Errors errors = new Errors();
        String name = Fields.name(in.name, "name", errors);
        Billing billing = Fields.choice(in.billing, Billing.class, "billing", errors);
        if (billing != null && !budget.type().allows(billing)) {
            errors.add("billing", "client-budgets.error.billing", budget.type(), budget.type().allowedBillings());
        }
        Long budgeted = Hours.toSeconds(in.budgetedHours, "budgetedHours", errors);
        BigDecimal rate = Money.amount(in.rate, budget.currency(), "rate", errors);
        BigDecimal costRate = Money.amount(in.costRate, budget.currency(), "costRate", errors);
        if (billing == Billing.HOURLY && rate == null && !errors.has("rate")) {
            errors.add("rate", "client-budgets.error.rate.hourly");
        }
        if (billing == Billing.FIXED && rate == null && !errors.has("rate")) {
            errors.add("rate", "client-budgets.error.rate.fixed");
        }
        if (billing == Billing.NON_BILLABLE && rate != null && rate.signum() != 0) {
            errors.add("rate", "client-budgets.error.rate.nonBillable");
        }
        boolean isDefault;
        if (firstOfBudget) {
            isDefault = true; // the first service is the default: a budget with services always has exactly one
        } else if (existing != null && existing.isDefault() && Boolean.FALSE.equals(in.isDefault)) {
            errors.add("isDefault", "client-budgets.error.default.needed");
            isDefault = true;
        } else {
            isDefault = in.isDefault != null ? in.isDefault : existing != null && existing.isDefault();
        }
        errors.throwIfAny();
        return new LineItem(existing != null ? existing.id() : 0, budget.id(), name, billing, budgeted,
                billing == Billing.NON_BILLABLE ? null : rate, costRate, isDefault);
    }
}
