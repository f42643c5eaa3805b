package io.github.clientbudgets.summary;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * The team's summary of a budget (internal: includes pending figures). For a retainer the top-level total, used
 * and remaining are those of the current month and {@code periods} lists every month; otherwise they cover the
 * whole budget and {@code periods} is empty. {@code percentUsed} is of the amount when there is one, else of hours.
 */
public record Summary(long budgetId, Currency currency, BigDecimal totalAmount, BigDecimal usedAmount,
                      BigDecimal remainingAmount, BigDecimal expensesAmount, Long totalSeconds, long usedSeconds,
                      long pendingSeconds, Long remainingSeconds, Integer percentUsed, BigDecimal pendingAmount,
                      List<ServiceSummary> services,
                      List<PeriodSummary> periods) {
}
