package io.github.clientbudgets.approval;

import io.github.clientbudgets.period.LockedPeriods;
import io.github.clientbudgets.review.LockedMonths;

import java.time.YearMonth;
import java.util.List;

/** Locked months per budget. */
public interface PeriodLockStore extends LockedMonths, LockedPeriods {
    @Override
    boolean isLocked(long budgetId, YearMonth month);

    /** @return false if the month was locked already (by this or another node) */
    boolean lock(long budgetId, YearMonth month, String userKey);

    /** @return false if the month was not locked */
    boolean unlock(long budgetId, YearMonth month);

    /** Oldest first. */
    @Override
    List<YearMonth> lockedMonths(long budgetId);
}
