package io.github.clientbudgets.budget;

import io.github.clientbudgets.audit.AuditRecord;

import java.util.List;

/**
 * The team's side of budgets (their line items, expenses and issue assignments have services of their own). Every
 * method takes the calling user's key and checks his rights ({@link TeamAccessPolicy}): reads need browse on the
 * project (else NotFoundException), writes need project admin, Jira admin or budget owner (else ForbiddenException).
 * Bad input: ValidationException, nothing written.
 */
public interface BudgetService {
    List<Budget> budgetsOfProject(String caller, String projectKey);

    /** The budget, if the caller may see it (else NotFoundException). */
    Budget budget(String caller, long budgetId);

    /**
     * The budget, if the caller may see it (else NotFoundException) and manage it (else ForbiddenException): the
     * check of every write of the budget and of what belongs to it.
     */
    Budget managedBudget(String caller, long budgetId);

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

    /** Whether the budget's client sees its approved-only forecast. */
    Budget setShowForecast(String caller, long budgetId, boolean shown);

    /** The budget's audit trail, newest first (browse needed). */
    List<AuditRecord> history(String caller, long budgetId, int limit);
}
