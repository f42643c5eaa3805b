package io.github.clientbudgets.summary;

/**
 * Billable expenses of one month (yyyymm) that count as used (and those pending approval), in minor units times 10,000 (amount x (10,000 +
 * markup basis points)), so that the markup stays exact until the one final rounding.
 */
public record ExpenseTotals(int month, java.math.BigInteger usedMinorTimes10k, java.math.BigInteger pendingMinorTimes10k) {
}
