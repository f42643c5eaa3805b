package io.github.clientbudgets.summary;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One month of a retainer. {@code carryOver} = allowance - used of that month: shown (positive = unused, negative
 * = overrun), never added to the next month.
 */
public record PeriodSummary(YearMonth month, boolean current, BigDecimal allowance, BigDecimal usedAmount,
                            long usedSeconds, long pendingSeconds, BigDecimal carryOver) {
}
