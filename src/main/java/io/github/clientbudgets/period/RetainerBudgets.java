package io.github.clientbudgets.period;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetInput;

/**
 * Budgets written together with their retainer terms, in one transaction: the budget's own rules and rights are
 * {@link io.github.clientbudgets.budget.BudgetService}'s; the terms are checked by {@link RetainerTerms#from}, over
 * the budget's dates and currency, and their field errors are named {@code retainer.<field>}.
 *
 * <p>{@code retainer} null (absent or JSON null): a retainer keeps its stored terms; one without terms gets the
 * default terms (monthly, the budget's total hours and amount per month, no rollover) when it has total hours.
 * Terms on a budget that is no retainer are a 400 on {@code retainer}; a budget that stops being a retainer loses
 * its terms and frozen periods. Before new terms or dates apply, every locked period not yet frozen is frozen under
 * the terms it was shown with, so a change applies to unlocked periods only. The period kind cannot change while
 * frozen periods exist (400 on {@code retainer.period}): their figures are of the old kind.
 */
public interface RetainerBudgets {
    Budget create(String caller, BudgetInput input, RetainerTermsInput retainer);

    Budget update(String caller, long budgetId, BudgetInput input, RetainerTermsInput retainer);
}
