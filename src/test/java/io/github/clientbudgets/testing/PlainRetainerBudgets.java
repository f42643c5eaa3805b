package io.github.clientbudgets.testing;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetInput;
import io.github.clientbudgets.budget.BudgetService;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.period.RetainerBudgets;
import io.github.clientbudgets.period.RetainerTermsInput;

/** Budget writes straight to a (mocked) budget service, for REST tests of everything but retainer terms. */
public final class PlainRetainerBudgets implements RetainerBudgets {
    private final BudgetService budgets;

    public PlainRetainerBudgets(BudgetService budgets) {
        this.budgets = budgets;
    }

    @Override
    public Budget create(String caller, BudgetInput input, RetainerTermsInput retainer) {
        refuse(retainer);
        return budgets.create(caller, input);
    }

    @Override
    public Budget update(String caller, long budgetId, BudgetInput input, RetainerTermsInput retainer) {
        refuse(retainer);
        return budgets.update(caller, budgetId, input);
    }

    private static void refuse(RetainerTermsInput retainer) {
        if (retainer != null) {
            throw ValidationException.of("retainer", "client-budgets.error.retainer.type");
        }
    }
}
