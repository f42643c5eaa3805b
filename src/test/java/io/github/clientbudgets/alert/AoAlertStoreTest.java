package io.github.clientbudgets.alert;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.devhost.testing.RacingWriters;
import io.github.clientbudgets.testing.AoTest;
import net.java.ao.DBParam;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The alert tables on H2 and PostgreSQL: the unique crossing key lets exactly one insert of a crossing win (also
 * when many race), settings are one row per budget, and saving settings forgets the crossings of dropped thresholds.
 */
class AoAlertStoreTest {
    private static Crossing crossing(long budget, int threshold) {
        return new Crossing(budget, Crossing.TOTAL, Metric.HOURS, threshold, new BigDecimal("360000"));
    }

    @AoTest
    void aCrossingIsRecordedOnceAndReadBack(ActiveObjects ao) {
        AoAlertStore store = new AoAlertStore(ao);

        assertTrue(store.record(crossing(1, 80)), "the first insert wins");
        assertFalse(store.record(crossing(1, 80)), "the same crossing again loses");
        assertTrue(store.record(crossing(1, 100)));
        assertTrue(store.record(crossing(2, 80)), "another budget's");
        assertTrue(store.record(new Crossing(1, "2026-11", Metric.HOURS, 80, BigDecimal.TEN)), "a period's");
        assertTrue(store.record(new Crossing(1, Crossing.TOTAL, Metric.AMOUNT, 80, new BigDecimal("1000.00"))));

        assertEquals(List.of("1:total:HOURS:80", "1:total:HOURS:100", "1:2026-11:HOURS:80", "1:total:AMOUNT:80"),
                store.crossings(1).stream().map(Crossing::key).toList());
        assertEquals(0, new BigDecimal("1000.00").compareTo(store.crossings(1).get(3).base()));
    }

    @AoTest
    void theDatabaseItselfRefusesASecondRowOfOneCrossing(ActiveObjects ao) {
        new AoAlertStore(ao).record(crossing(3, 80));
        assertThrows(RuntimeException.class, () -> ao.executeInTransaction(() -> ao.create(AlertCrossingEntity.class,
                new DBParam(AlertCrossingEntity.CROSSING_KEY, "3:total:HOURS:80"),
                new DBParam(AlertCrossingEntity.BUDGET_ID, 3L), new DBParam(AlertCrossingEntity.SCOPE, "total"),
                new DBParam(AlertCrossingEntity.METRIC, "HOURS"), new DBParam(AlertCrossingEntity.THRESHOLD, 80),
                new DBParam(AlertCrossingEntity.BASE, "1"), new DBParam(AlertCrossingEntity.CROSSED_AT, 0L))));
        assertEquals(1, ao.count(AlertCrossingEntity.class, net.java.ao.Query.select()));
    }

    @AoTest
    void ofManyRacingInsertsOfOneCrossingExactlyOneWins(ActiveObjects ao) throws Exception {
        AoAlertStore store = new AoAlertStore(ao);
        for (int round = 0; round < 10; round++) {
            Crossing c = crossing(100 + round, 80);
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> store.record(c));
            }
            List<Boolean> won = RacingWriters.atOnce(calls);
            assertEquals(1, won.stream().filter(w -> w).count(), "round " + round + ": " + won);
            assertEquals(1, store.crossings(100 + round).size());
        }
    }

    @AoTest
    void settingsAreOneRowPerBudgetAndDroppedThresholdsReArm(ActiveObjects ao) {
        AoAlertStore store = new AoAlertStore(ao);
        assertTrue(store.settings(1).isEmpty());
        store.record(crossing(1, 80));
        store.record(crossing(1, 100));

        store.saveSettings(1, new AlertSettings(List.of(50, 100), true));
        store.saveSettings(1, new AlertSettings(List.of(100, 50), true));

        assertEquals(new AlertSettings(List.of(50, 100), true), store.settings(1).orElseThrow());
        assertEquals(1, ao.count(AlertSettingEntity.class, net.java.ao.Query.select()));
        assertEquals(List.of("1:total:HOURS:100"), store.crossings(1).stream().map(Crossing::key).toList(),
                "80 % is no threshold any more: its crossing is forgotten, and would mail again if it came back");
        store.forget(store.crossings(1));
        assertEquals(List.of(), store.crossings(1));
    }
}
