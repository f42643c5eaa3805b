package io.github.clientbudgets.summary;

import io.github.clientbudgets.budget.Billing;

import java.math.BigDecimal;

/** One service's figures: budgeted, used (approved, or live without approval), pending; amounts of both. */
public record ServiceSummary(long serviceId, String name, Billing billing, Long budgetedSeconds, long usedSeconds,
                             long usedBillableSeconds, BigDecimal usedAmount, long pendingSeconds,
                             BigDecimal pendingAmount) {
}
