package io.github.clientbudgets.expense;

import io.github.clientbudgets.review.ApprovalStatus;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A cost line of a budget, in the budget's currency. {@code markupPercent} like 12.5 for 12.5 %.
 *
 * @param authorKey       who entered the figures that wait for approval (the creator, or whoever last changed it,
 *                        since a change goes through approval again); he may not approve them; null for old rows
 * @param rejectionReason the reviewer's reason while the expense is rejected, else null
 * @param version         counts the row's changes (edits and decisions): a full update names the version it was
 *                        made from, and a stale one is refused
 */
public record Expense(long id, long budgetId, Long serviceId, LocalDate date, String description, BigDecimal amount,
                      boolean billable, BigDecimal markupPercent, ApprovalStatus status, String authorKey,
                      String rejectionReason, int version) {

    public Expense(long id, long budgetId, Long serviceId, LocalDate date, String description, BigDecimal amount,
                   boolean billable, BigDecimal markupPercent, ApprovalStatus status, String authorKey,
                   String rejectionReason) {
        this(id, budgetId, serviceId, date, description, amount, billable, markupPercent, status, authorKey,
                rejectionReason, 0);
    }

    public Expense(long id, long budgetId, Long serviceId, LocalDate date, String description, BigDecimal amount,
                   boolean billable, BigDecimal markupPercent, ApprovalStatus status) {
        this(id, budgetId, serviceId, date, description, amount, billable, markupPercent, status, null, null);
    }

    public Expense withId(long newId) {
        return new Expense(newId, budgetId, serviceId, date, description, amount, billable, markupPercent, status,
                authorKey, rejectionReason, version);
    }

    public Expense withAuthor(String newAuthorKey) {
        return new Expense(id, budgetId, serviceId, date, description, amount, billable, markupPercent, status,
                newAuthorKey, rejectionReason, version);
    }
}
