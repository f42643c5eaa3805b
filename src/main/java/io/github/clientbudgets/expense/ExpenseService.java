package io.github.clientbudgets.expense;

import java.util.List;

/**
 * The team's side of a budget's expenses, with the rights of {@code budget.BudgetService}: reads need browse on the
 * project (else NotFoundException), writes need the right to manage the budget (else ForbiddenException), and no
 * expense enters, changes in or leaves a locked month (ConflictException). Bad input: ValidationException.
 */
public interface ExpenseService {
    List<Expense> expenses(String caller, long budgetId);

    Expense create(String caller, long budgetId, ExpenseInput input);

    Expense update(String caller, long expenseId, ExpenseInput input);

    void delete(String caller, long expenseId);
}
