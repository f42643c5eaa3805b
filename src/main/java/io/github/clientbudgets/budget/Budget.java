package io.github.clientbudgets.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * A budget as the domain sees it. Amounts carry the currency's scale; hours are seconds. {@code id} is 0 before
 * the budget is stored. {@code version} counts the row's changes: a full update names the version it was made from
 * and is refused when the row has moved on (optimistic concurrency).
 */
public record Budget(long id, long projectId, String name, BudgetType type, Currency currency, LocalDate startDate,
                     LocalDate endDate, BigDecimal totalAmount, Long totalSeconds, String ownerKey,
                     BudgetStatus status, boolean approvalRequired, boolean clientAccess, boolean showPersonNames,
                     boolean showComments, int alertWarnPercent, int alertCriticalPercent, int version,
                     boolean showForecast) {

    /** A budget that does not show its forecast to the client (the default). */
    public Budget(long id, long projectId, String name, BudgetType type, Currency currency, LocalDate startDate,
                  LocalDate endDate, BigDecimal totalAmount, Long totalSeconds, String ownerKey,
                  BudgetStatus status, boolean approvalRequired, boolean clientAccess, boolean showPersonNames,
                  boolean showComments, int alertWarnPercent, int alertCriticalPercent, int version) {
        this(id, projectId, name, type, currency, startDate, endDate, totalAmount, totalSeconds, ownerKey, status,
                approvalRequired, clientAccess, showPersonNames, showComments, alertWarnPercent, alertCriticalPercent,
                version, false);
    }

    /** A budget not read from the store (new, or built by a test): version 0. */
    public Budget(long id, long projectId, String name, BudgetType type, Currency currency, LocalDate startDate,
                  LocalDate endDate, BigDecimal totalAmount, Long totalSeconds, String ownerKey,
                  BudgetStatus status, boolean approvalRequired, boolean clientAccess, boolean showPersonNames,
                  boolean showComments, int alertWarnPercent, int alertCriticalPercent) {
        this(id, projectId, name, type, currency, startDate, endDate, totalAmount, totalSeconds, ownerKey, status,
                approvalRequired, clientAccess, showPersonNames, showComments, alertWarnPercent, alertCriticalPercent, 0);
    }

    public static final int DEFAULT_WARN_PERCENT = 80;
    public static final int DEFAULT_CRITICAL_PERCENT = 100;

    public Budget withId(long newId) {
        return new Budget(newId, projectId, name, type, currency, startDate, endDate, totalAmount, totalSeconds,
                ownerKey, status, approvalRequired, clientAccess, showPersonNames, showComments, alertWarnPercent,
                alertCriticalPercent, version, showForecast);
    }

    public Budget withApprovalRequired(boolean required) {
        return new Budget(id, projectId, name, type, currency, startDate, endDate, totalAmount, totalSeconds,
                ownerKey, status, required, clientAccess, showPersonNames, showComments, alertWarnPercent,
                alertCriticalPercent, version, showForecast);
    }

    public Budget withClientAccess(boolean enabled) {
        return new Budget(id, projectId, name, type, currency, startDate, endDate, totalAmount, totalSeconds,
                ownerKey, status, approvalRequired, enabled, showPersonNames, showComments, alertWarnPercent,
                alertCriticalPercent, version, showForecast);
    }

    public Budget withShowPersonNames(boolean shown) {
        return new Budget(id, projectId, name, type, currency, startDate, endDate, totalAmount, totalSeconds,
                ownerKey, status, approvalRequired, clientAccess, shown, showComments, alertWarnPercent,
                alertCriticalPercent, version, showForecast);
    }

    public Budget withShowComments(boolean shown) {
        return new Budget(id, projectId, name, type, currency, startDate, endDate, totalAmount, totalSeconds,
                ownerKey, status, approvalRequired, clientAccess, showPersonNames, shown, alertWarnPercent,
                alertCriticalPercent, version, showForecast);
    }

    public Budget withShowForecast(boolean shown) {
        return new Budget(id, projectId, name, type, currency, startDate, endDate, totalAmount, totalSeconds,
                ownerKey, status, approvalRequired, clientAccess, showPersonNames, showComments, alertWarnPercent,
                alertCriticalPercent, version, shown);
    }

    /** Whether a day falls in the budget's date range (open-ended when there is no end date). */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }
}
