package io.github.clientbudgets.approval;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.testing.AoTest;
import net.java.ao.Query;

import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Period locks on H2 and PostgreSQL: lock and unlock answer true only when they changed something, since the service
 * audits exactly those (one LOCKED row per lock, none for a repeated one); a lock races safely with another node's.
 */
class AoPeriodLockStoreTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @AoTest
    void lockAnswersTrueOnlyForTheFirstLockOfAMonth(ActiveObjects ao) {
        AoPeriodLockStore locks = new AoPeriodLockStore(ao);

        assertTrue(locks.lock(1, OCTOBER, "pm"), "a new lock");
        assertFalse(locks.lock(1, OCTOBER, "admin"), "locked already: nothing changed");
        assertTrue(locks.lock(1, NOVEMBER, "pm"), "another month");
        assertTrue(locks.lock(2, OCTOBER, "pm"), "the same month of another budget");

        assertEquals(3, rows(ao).length, "one row per budget and month");
        assertEquals(List.of(OCTOBER, NOVEMBER), locks.lockedMonths(1));
        assertEquals("pm", rows(ao)[0].getLockedBy());
    }

    @AoTest
    void unlockAnswersTrueOnlyWhenTheMonthWasLocked(ActiveObjects ao) {
        AoPeriodLockStore locks = new AoPeriodLockStore(ao);
        locks.lock(1, OCTOBER, "pm");
        locks.lock(2, OCTOBER, "pm");

        assertFalse(locks.unlock(1, NOVEMBER), "never locked");
        assertTrue(locks.unlock(1, OCTOBER));
        assertFalse(locks.unlock(1, OCTOBER), "unlocked already");

        assertFalse(locks.isLocked(1, OCTOBER));
        assertTrue(locks.isLocked(2, OCTOBER), "another budget's lock stays");
        assertEquals(List.of(), locks.lockedMonths(1));
        assertTrue(locks.lock(1, OCTOBER, "pm"), "and it can be locked again");
    }

    @AoTest
    void lockedMonthsAreOldestFirstAndReadBackExactly(ActiveObjects ao) {
        AoPeriodLockStore locks = new AoPeriodLockStore(ao);
        locks.lock(1, YearMonth.of(2027, 1), "pm");
        locks.lock(1, YearMonth.of(1900, 12), "pm");
        locks.lock(1, YearMonth.of(9999, 12), "pm");
        locks.lock(1, OCTOBER, "pm");

        assertEquals(List.of(YearMonth.of(1900, 12), OCTOBER, YearMonth.of(2027, 1), YearMonth.of(9999, 12)),
                locks.lockedMonths(1));
        assertTrue(locks.isLocked(1, YearMonth.of(9999, 12)));
        assertFalse(locks.isLocked(1, YearMonth.of(2026, 1)), "January 2026 is not October 2026 (no key overlap)");
    }

    /** Another node inserts the same lock between our check and our insert: the unique key refuses ours. */
    @AoTest
    void losingTheRaceToAnotherNodesLockAnswersFalse(ActiveObjects ao) {
        AoPeriodLockStore otherNode = new AoPeriodLockStore(ao);
        AtomicBoolean checked = new AtomicBoolean();
        AoPeriodLockStore ours = new AoPeriodLockStore(ao) {
            @Override
            public boolean isLocked(long budgetId, YearMonth month) {
                if (checked.compareAndSet(false, true)) {
                    boolean before = super.isLocked(budgetId, month);
                    otherNode.lock(budgetId, month, "admin"); // right after our check
                    return before;
                }
                return super.isLocked(budgetId, month);
            }
        };

        assertFalse(ours.lock(1, OCTOBER, "pm"), "the other node's lock counts: ours changed nothing");
        assertEquals(1, rows(ao).length);
        assertEquals("admin", rows(ao)[0].getLockedBy());
    }

    /** An insert that fails for another reason than the other node's lock is not swallowed. */
    @AoTest
    void anInsertThatFailsWithoutALockIsAnError(ActiveObjects ao) {
        AoPeriodLockStore locks = new AoPeriodLockStore(ao);
        String tooLong = "u".repeat(300); // LOCKED_BY holds 255 characters

        assertThrows(RuntimeException.class, () -> locks.lock(1, OCTOBER, tooLong));
        assertFalse(locks.isLocked(1, OCTOBER));
    }

    private static PeriodLockEntity[] rows(ActiveObjects ao) {
        return ao.find(PeriodLockEntity.class, Query.select());
    }
}
