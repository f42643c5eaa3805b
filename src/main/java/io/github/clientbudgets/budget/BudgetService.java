package io.github.clientbudgets.budget;

import io.github.clientbudgets.audit.AuditRecord;
import io.github.clientbudgets.expense.Expense;
import io.github.clientbudgets.expense.ExpenseInput;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.lineitem.LineItemInput;

import java.util.List;
import java.util.Optional;

/**
 * The team's side of budgets: budgets, their services and expenses, and issue assignments. Every method takes the
 * calling user's key and checks his rights: reads need browse on the project (else NotFoundException), writes need
 * project admin, Jira admin or budget owner (else ForbiddenException). Bad input: ValidationException, nothing
 * written.
 */
public interface BudgetService {
    List<Budget> budgetsOfProject(String caller, String projectKey);

    Budget budget(String caller, long budgetId);

    /** Whether the caller may change the budget (for pages that show or hide edit controls). */
    boolean canManage(String caller, Budget budget);

    /** Whether the caller may create budgets in the project. */
    boolean canCreateIn(String caller, long projectId);

    Budget create(String caller, BudgetInput input);

    Budget update(String caller, long budgetId, BudgetInput input);

    /** Soft delete; a budget with time needs {@code confirmed}, else ConflictException. */
    void delete(String caller, long budgetId, boolean confirmed);

    Budget setClientAccess(String caller, long budgetId, boolean enabled);

    Budget setApprovalRequired(String caller, long budgetId, boolean required);

    /** Whether clients see who logged the time (PMs only; default off). */
    Budget setShowPersonNames(String caller, long budgetId, boolean shown);

    /** Whether clients see the worklog comments (PMs only; default off). */
    Budget setShowComments(String caller, long budgetId, boolean shown);

    /** The budget's audit trail, newest first (browse needed). */
    List<AuditRecord> history(String caller, long budgetId, int limit);

    List<LineItem> services(String caller, long budgetId);

    LineItem createService(String caller, long budgetId, LineItemInput input);

    LineItem updateService(String caller, long serviceId, LineItemInput input);

    void deleteService(String caller, long serviceId);

    List<Expense> expenses(String caller, long budgetId);

    Expense createExpense(String caller, long budgetId, ExpenseInput input);

    Expense updateExpense(String caller, long expenseId, ExpenseInput input);

    void deleteExpense(String caller, long expenseId);

    /** The service the issue is assigned to, if any (browse on the issue's project needed). */
    Optional<LineItem> issueService(String caller, String issueKey);

    /** Services an issue may be assigned to: those of the open budgets of its project. */
    List<LineItem> assignableServices(String caller, String issueKey);

    /** Assigns (or with null unassigns) the issue; re-attributes its time entries. */
    Optional<LineItem> assignIssue(String caller, String issueKey, Long serviceId);
}
