package io.github.clientbudgets.signoff;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A client's sign-off of one month of a budget: who and when, the month's totals, and the statement accepted (its
 * canonical text and digest). {@code supersededAt} is null while it stands.
 */
public record SignOff(long id, long budgetId, YearMonth period, SignOffState state, String signedBy, Instant signedAt,
                      long seconds, BigDecimal amount, String currency, String digest, String statement,
                      Instant supersededAt) {
}
