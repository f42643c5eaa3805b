package io.github.clientbudgets.expense;

import io.github.clientbudgets.approval.ApprovalStatus;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A cost line of a budget, in the budget's currency. {@code markupPercent} like 12.5 for 12.5 %. */
public record Expense(long id, long budgetId, Long serviceId, LocalDate date, String description, BigDecimal amount,
                      boolean billable, BigDecimal markupPercent, ApprovalStatus status) {

    public Expense withId(long newId) {
        return new Expense(newId, budgetId, serviceId, date, description, amount, billable, markupPercent, status);
    }
}
