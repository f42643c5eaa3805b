package io.github.clientbudgets.portal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * The client-safe summary of a budget: no cost rates, no margins and, under approval, no pending figures (used =
 * approved). For a retainer the figures are the current month's, as in the team's summary.
 */
public record ClientSummary(long budgetId, String name, String type, Currency currency, BigDecimal totalAmount,
                            BigDecimal usedAmount, BigDecimal remainingAmount, BigDecimal expensesAmount,
                            Long totalSeconds, long usedSeconds, Long remainingSeconds, Integer percentUsed,
                            boolean approvalRequired, List<Line> services) {

    /** One service: budgeted, used and remaining hours and amount (amounts null where the service has none). */
    public record Line(long serviceId, String name, String billing, Long budgetedSeconds, long usedSeconds,
                       Long remainingSeconds, BigDecimal budgetedAmount, BigDecimal usedAmount,
                       BigDecimal remainingAmount) {
    }
}
