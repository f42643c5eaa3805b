package io.github.clientbudgets.period;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.testing.AoTest;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retainer terms and frozen periods on H2 and PostgreSQL: one row of terms per budget (the database refuses a
 * second), amounts in the currency's minor units read back exactly, one frozen row per period, racing freezes end
 * with the first node's figures.
 */
class AoRetainerTermsStoreTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final long HOUR = 3600;

    @AoTest
    void termsAreReadBackExactlyAndReplacedInPlace(ActiveObjects ao) {
        AoRetainerTermsStore store = new AoRetainerTermsStore(ao);
        RetainerPlan monthly = new RetainerPlan(PeriodKind.MONTHLY, 40 * HOUR, new BigDecimal("4000.50"),
                Rollover.carryOver(10 * HOUR));
        store.put(7, monthly, EUR);
        store.put(8, new RetainerPlan(PeriodKind.QUARTERLY, 36, null, Rollover.none()), JPY);

        assertEquals(Optional.of(monthly), store.plan(7, EUR));
        assertEquals(Optional.of(new RetainerPlan(PeriodKind.QUARTERLY, 36, null, Rollover.none())), store.plan(8, JPY));
        assertEquals(Optional.empty(), store.plan(9, EUR));

        RetainerPlan borrow = new RetainerPlan(PeriodKind.QUARTERLY, 120 * HOUR, new BigDecimal("12000.00"),
                Rollover.borrow(36));
        store.put(7, borrow, EUR);
        assertEquals(Optional.of(borrow), store.plan(7, EUR));
        assertEquals(2, ao.count(RetainerTermsEntity.class, Query.select()), "replaced, not added");
        assertEquals(1200000L, ao.find(RetainerTermsEntity.class, Query.select()
                .where(RetainerTermsEntity.BUDGET_ID + " = ?", 7L))[0].getAllowanceMinor(), "minor units");
    }

    /** The read of every period request: terms and frozen periods in one statement, as the two reads give them. */
    @AoTest
    void readGivesTheTermsWithTheirFrozenPeriodsAtOnce(ActiveObjects ao) {
        AoRetainerTermsStore store = new AoRetainerTermsStore(ao);
        assertEquals(Optional.empty(), store.read(7, EUR), "no terms anywhere yet");
        RetainerPlan plan = new RetainerPlan(PeriodKind.MONTHLY, 40 * HOUR, new BigDecimal("4000.00"),
                Rollover.borrow(10 * HOUR));
        store.put(7, plan, EUR);
        store.put(8, new RetainerPlan(PeriodKind.MONTHLY, HOUR, null, Rollover.none()), EUR);
        assertEquals(Optional.of(new RetainerTermsStore.Stored(plan, Map.of())), store.read(7, EUR));
        PeriodFigures march = new PeriodFigures(PeriodKey.month(2026, 3), 20 * HOUR, new BigDecimal("2064.52"), 0,
                25 * HOUR, -5 * HOUR, -5 * HOUR, true);
        PeriodFigures april = new PeriodFigures(PeriodKey.month(2026, 4), 40 * HOUR, null, -5 * HOUR, 30 * HOUR,
                5 * HOUR, 0, true);
        store.freeze(7, march, EUR);
        store.freeze(7, april, EUR);
        store.freeze(8, march, EUR);

        RetainerTermsStore.Stored read = store.read(7, EUR).orElseThrow();
        assertEquals(plan, read.plan());
        assertEquals(store.frozen(7, EUR), read.frozen());
        assertEquals(List.of(march.period(), april.period()), List.copyOf(read.frozen().keySet()));
        assertEquals(Optional.empty(), store.read(9, EUR), "a budget without terms");
    }

    @AoTest
    void theDatabaseRefusesASecondRowOfTermsForOneBudget(ActiveObjects ao) {
        new AoRetainerTermsStore(ao).put(7, new RetainerPlan(PeriodKind.MONTHLY, HOUR, null, Rollover.none()), EUR);
        assertThrows(RuntimeException.class, () -> ao.create(RetainerTermsEntity.class,
                new DBParam(RetainerTermsEntity.BUDGET_ID, 7L), new DBParam(RetainerTermsEntity.PERIOD_KIND, "MONTHLY"),
                new DBParam(RetainerTermsEntity.ALLOWANCE_SECONDS, HOUR),
                new DBParam(RetainerTermsEntity.ROLLOVER_RULE, "NONE"),
                new DBParam(RetainerTermsEntity.ROLLOVER_CAP_SECONDS, 0L)));
    }

    @AoTest
    void frozenFiguresAreKeptPerPeriodUntilUnfrozen(ActiveObjects ao) {
        AoRetainerTermsStore store = new AoRetainerTermsStore(ao);
        PeriodFigures march = new PeriodFigures(PeriodKey.month(2026, 3), 20 * HOUR, new BigDecimal("2064.52"), 0,
                12 * HOUR, 8 * HOUR, 8 * HOUR, true);
        PeriodFigures april = new PeriodFigures(PeriodKey.month(2026, 4), 40 * HOUR, null, 8 * HOUR, 50 * HOUR,
                -2 * HOUR, 0, true);

        assertTrue(store.freeze(7, march, EUR));
        assertTrue(store.freeze(7, april, EUR));
        assertFalse(store.freeze(7, march.asLocked(), EUR), "frozen already: the first figures stay");
        assertTrue(store.freeze(8, march, EUR), "the same period of another budget");

        assertEquals(Map.of(march.period(), march, april.period(), april), store.frozen(7, EUR));
        assertEquals(List.of(march.period(), april.period()), List.copyOf(store.frozen(7, EUR).keySet()));

        assertTrue(store.unfreeze(7, march.period()));
        assertFalse(store.unfreeze(7, march.period()), "gone already");
        assertEquals(Map.of(april.period(), april), store.frozen(7, EUR));
        assertEquals(1, store.frozen(8, EUR).size(), "another budget's frozen period stays");
    }

    @AoTest
    void removingTheTermsRemovesTheFrozenPeriodsOfThatBudgetOnly(ActiveObjects ao) {
        AoRetainerTermsStore store = new AoRetainerTermsStore(ao);
        RetainerPlan plan = new RetainerPlan(PeriodKind.QUARTERLY, 100 * HOUR, null, Rollover.none());
        PeriodFigures q1 = new PeriodFigures(PeriodKey.quarter(2026, 1), 100 * HOUR, null, 0, 30 * HOUR, 70 * HOUR, 0,
                true);
        store.put(7, plan, EUR);
        store.put(8, plan, EUR);
        store.freeze(7, q1, EUR);
        store.freeze(8, q1, EUR);

        store.remove(7);

        assertEquals(Optional.empty(), store.plan(7, EUR));
        assertEquals(Map.of(), store.frozen(7, EUR));
        assertEquals(Optional.of(plan), store.plan(8, EUR));
        assertEquals(Map.of(q1.period(), q1), store.frozen(8, EUR));
    }

    /** Another node freezes the same period between our check and our insert: the unique key refuses ours. */
    @AoTest
    void losingTheRaceToAnotherNodesFreezeKeepsItsFigures(ActiveObjects ao) {
        AoRetainerTermsStore otherNode = new AoRetainerTermsStore(ao);
        PeriodFigures theirs = new PeriodFigures(PeriodKey.month(2026, 3), 40 * HOUR, null, 0, 10 * HOUR, 30 * HOUR,
                0, true);
        PeriodFigures ours = new PeriodFigures(PeriodKey.month(2026, 3), 40 * HOUR, null, 0, 11 * HOUR, 29 * HOUR,
                0, true);
        AtomicBoolean checked = new AtomicBoolean();
        AoRetainerTermsStore racing = new AoRetainerTermsStore(ao) {
            @Override
            boolean isFrozen(String key) {
                if (checked.compareAndSet(false, true)) {
                    boolean before = super.isFrozen(key);
                    otherNode.freeze(7, theirs, EUR); // right after our check
                    return before;
                }
                return super.isFrozen(key);
            }
        };
        AoRetainerTermsStore store = new AoRetainerTermsStore(ao);

        assertFalse(racing.freeze(7, ours, EUR), "the unique key refused ours: nothing changed");
        assertFalse(store.freeze(7, ours, EUR), "and a later freeze finds the first");
        assertEquals(Map.of(theirs.period(), theirs), store.frozen(7, EUR));
    }
}
