package io.github.clientbudgets.period;

import java.time.YearMonth;

/**
 * What happens to a retainer's figures when a month is locked or unlocked; called inside the lock's transaction,
 * with the budget's row held. A monthly period is frozen when its month is locked; a quarter when all three of its
 * months are. Unlocking any month of a frozen period drops its frozen figures: it is computed again.
 */
public interface LockedPeriodFigures {
    LockedPeriodFigures NONE = new LockedPeriodFigures() {
        @Override
        public void monthLocked(long budgetId, YearMonth month) {
        }

        @Override
        public void monthUnlocked(long budgetId, YearMonth month) {
        }
    };

    void monthLocked(long budgetId, YearMonth month);

    void monthUnlocked(long budgetId, YearMonth month);
}
