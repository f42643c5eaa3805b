package io.github.clientbudgets.summary;

/**
 * One GROUP BY row of the time entry table: seconds of one service in one month (yyyymm). {@code usedSeconds} and
 * {@code usedBillableSeconds} are what counts as used (the approved snapshot where approval is required, live time
 * otherwise); {@code pendingSeconds} (and its billable part) waits for approval.
 */
public record TimeTotals(long serviceId, int month, long usedSeconds, long usedBillableSeconds, long pendingSeconds,
                         long pendingBillableSeconds) {
}
