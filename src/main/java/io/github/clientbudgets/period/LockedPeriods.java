package io.github.clientbudgets.period;

import java.time.YearMonth;
import java.util.List;

/** The port to a budget's locked months (the approval feature stores them). */
public interface LockedPeriods {
    /** Oldest first. */
    List<YearMonth> lockedMonths(long budgetId);
}
