package io.github.clientbudgets.digest;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.budget.TeamAccessPolicy;
import io.github.clientbudgets.common.ForbiddenException;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.FakePermissions;
import io.github.clientbudgets.testing.Fixtures;
import io.github.clientbudgets.testing.Stores;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The digest setting and the ledger of sent digests on H2 and PostgreSQL: rights, defaults, one row each. */
class DigestSettingsTest {
    private final FakePermissions permissions = new FakePermissions().project(10, "ACME").admin("pm", 10)
            .browser("dev", 10).user("client");

    private DigestSettings settings(Stores stores) {
        return new DigestSettings(stores.ao, stores.budgets, new TeamAccessPolicy(permissions),
                new io.github.clientbudgets.audit.AoAuditTrail(stores.ao));
    }

    private static Budget budget(Stores stores) {
        return new Fixtures(stores).budget(10, "B", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-01-01", null, "100", false);
    }

    @AoTest
    void offUntilAPmSetsItTheTeamReadsIt(ActiveObjects ao) {
        Stores stores = Stores.on(ao);
        Budget budget = budget(stores);
        DigestSettings settings = settings(stores);
        assertEquals(DigestFrequency.OFF, settings.get("dev", budget.id()));
        assertEquals(Map.of(), settings.enabled());

        assertEquals(DigestFrequency.WEEKLY, settings.set("pm", budget.id(), DigestFrequency.WEEKLY));
        assertEquals(DigestFrequency.MONTHLY, settings.set("pm", budget.id(), DigestFrequency.MONTHLY));
        assertEquals(DigestFrequency.MONTHLY, settings.get("dev", budget.id()));
        assertEquals(Map.of(budget.id(), DigestFrequency.MONTHLY), settings.enabled());
        assertEquals(1, ao.count(DigestSettingEntity.class, Query.select()), "one row per budget");
        settings.set("pm", budget.id(), DigestFrequency.OFF);
        assertEquals(Map.of(), settings.enabled());
        settings.set("pm", budget.id(), DigestFrequency.OFF);
        // audited on the budget, each change once (setting the same again changes nothing)
        assertEquals(List.of("OFF>WEEKLY", "WEEKLY>MONTHLY", "MONTHLY>OFF"), Arrays.stream(ao.find(
                io.github.clientbudgets.audit.AuditEntity.class, Query.select().order("ID")))
                .filter(a -> "digest".equals(a.getField())).map(a -> a.getOldValue() + ">" + a.getNewValue()).toList());
    }

    @AoTest
    void whoAsksComesFirst(ActiveObjects ao) {
        Stores stores = Stores.on(ao);
        Budget budget = budget(stores);
        DigestSettings settings = settings(stores);
        assertThrows(ForbiddenException.class, () -> settings.set("dev", budget.id(), DigestFrequency.WEEKLY));
        assertThrows(NotFoundException.class, () -> settings.get("client", budget.id()));
        assertThrows(NotFoundException.class, () -> settings.set("client", budget.id(), DigestFrequency.WEEKLY));
        assertThrows(NotFoundException.class, () -> settings.get("pm", 999_999));
        stores.budgets.markDeleted(budget.id());
        assertThrows(NotFoundException.class, () -> settings.get("pm", budget.id()));
        assertEquals(DigestFrequency.OFF, settings.frequency(budget.id()), "nothing was written");
    }

    /** The database keeps one setting per budget and one ledger row per budget, period and recipient. */
    @AoTest
    void theDatabaseEnforcesOneRowEach(ActiveObjects ao) {
        Stores stores = Stores.on(ao);
        Budget budget = budget(stores);
        settings(stores).set("pm", budget.id(), DigestFrequency.WEEKLY);
        assertThrows(RuntimeException.class, () -> ao.create(DigestSettingEntity.class,
                new DBParam(DigestSettingEntity.BUDGET_ID, budget.id()), new DBParam(DigestSettingEntity.FREQUENCY, "MONTHLY")));
        DigestLedger ledger = new DigestLedger(ao);
        assertTrue(ledger.claim(budget.id(), "2026-11", "client"));
        assertFalse(ledger.claim(budget.id(), "2026-11", "client"));
        assertTrue(ledger.claim(budget.id(), "2026-12", "client"), "the next period");
        assertTrue(ledger.claim(budget.id(), "2026-11", "other"), "another recipient");
        assertThrows(RuntimeException.class, () -> ao.create(DigestSentEntity.class,
                new DBParam(DigestSentEntity.BUDGET_ID, budget.id()), new DBParam(DigestSentEntity.PERIOD, "2026-11"),
                new DBParam(DigestSentEntity.USER_KEY, "client"), new DBParam(DigestSentEntity.SENT_KEY,
                        DigestLedger.key(budget.id(), "2026-11", "client"))));
        assertEquals(3, ao.count(DigestSentEntity.class, Query.select()));
    }

    /** Eight claims of one digest at once: exactly one wins, none fails. */
    @AoTest
    void concurrentClaimsOneWins(ActiveObjects ao) throws Exception {
        DigestLedger ledger = new DigestLedger(ao);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                claims.add(pool.submit(() -> ledger.claim(7, "2026-W49", "client")));
            }
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get() ? 1 : 0;
            }
            assertEquals(1, won);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, ao.count(DigestSentEntity.class, Query.select()));
    }
}
