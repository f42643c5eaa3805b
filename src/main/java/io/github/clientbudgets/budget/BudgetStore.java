package io.github.clientbudgets.budget;

import io.github.clientbudgets.expense.Expense;
import io.github.clientbudgets.service.Service;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Persistence of budgets, their services and expenses, and issue assignments. Deleted budgets are never returned. */
public interface BudgetStore {
    <T> T inTransaction(Supplier<T> work);

    Budget insertBudget(Budget budget);

    void updateBudget(Budget budget);

    Optional<Budget> budget(long id);

    List<Budget> budgetsOfProject(long projectId);

    /** Every budget (not deleted) that requires approval: the candidates of a reviewer's Approvals page. */
    List<Budget> budgetsRequiringApproval();

    void markDeleted(long budgetId);

    List<Service> services(long budgetId);

    Optional<Service> service(long serviceId);

    Service insertService(Service service);

    void updateService(Service service);

    void deleteService(long serviceId);

    List<Expense> expenses(long budgetId);

    Optional<Expense> expense(long expenseId);

    Expense insertExpense(Expense expense);

    void updateExpense(Expense expense);

    void deleteExpense(long expenseId);

    /** Expenses that named a service that goes away keep their amount at budget level. */
    void detachExpensesFromService(long serviceId);

    Optional<Long> assignedService(long issueId);

    /** Sets (or with null removes) the service of an issue. */
    void assignIssue(long issueId, long projectId, Long serviceId);

    void removeAssignmentsOfService(long serviceId);
}
