package io.github.clientbudgets.review;

import java.time.YearMonth;

/**
 * Whether a budget's month is locked: its approved figures are final, nothing enters, changes in or leaves it. The
 * month locks belong to package {@code approval}; expenses, below it, ask through this.
 */
public interface LockedMonths {
    boolean isLocked(long budgetId, YearMonth month);
}
