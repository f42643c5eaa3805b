package io.github.clientbudgets.upgrade.v3;

import com.atlassian.activeobjects.external.ModelVersion;
import io.github.clientbudgets.devhost.ao.HostActiveObjects;
import io.github.clientbudgets.devhost.db.DatabaseSpec;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.upgrade.TableShapes;
import io.github.clientbudgets.upgrade.v1.Upgrade001InitialModel;
import io.github.clientbudgets.upgrade.v2.BudgetEntityV2;
import io.github.clientbudgets.upgrade.v2.Upgrade002ClientGrantKeys;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Model version 3 on tables of version 2 with data, on H2 and PostgreSQL: every retainer (not deleted, with total
 * hours) gets monthly terms with its total hours and amount as the monthly allowance and no rollover; other budgets
 * and retainers without hours get none; the terms are one row per budget; a second run changes nothing.
 */
class Upgrade003RetainerTermsTest {

    private static void atVersionTwo(HostActiveObjects ao) {
        new Upgrade001InitialModel().upgrade(ModelVersion.valueOf(null), ao);
        ao.executeInTransaction(() -> {
            new Upgrade002ClientGrantKeys().upgrade(ModelVersion.valueOf("1"), ao);
            return null;
        });
    }

    private static int budgetV2(HostActiveObjects ao, String type, Long seconds, Long amountMinor, boolean deleted) {
        return ao.create(BudgetEntityV2.class, new DBParam("PROJECT_ID", 20L), new DBParam("NAME", type + " " + seconds),
                new DBParam("TYPE", type), new DBParam("CURRENCY", "USD"), new DBParam("START_DATE", "2026-09-01"),
                new DBParam("TOTAL_SECONDS", seconds), new DBParam("TOTAL_AMOUNT_MINOR", amountMinor),
                new DBParam("STATUS", "OPEN"), new DBParam("DELETED", deleted)).getID();
    }

    private static void upgradeInTransaction(HostActiveObjects ao) {
        ao.executeInTransaction(() -> {
            new Upgrade003RetainerTerms().upgrade(ModelVersion.valueOf("2"), ao);
            return null;
        });
    }

    private static List<String> terms(HostActiveObjects ao) {
        return Arrays.stream(ao.find(RetainerTermsEntityV3.class, Query.select().order(RetainerTermsEntityV3.BUDGET_ID)))
                .map(t -> t.getBudgetId() + " " + t.getPeriodKind() + " " + t.getAllowanceSeconds() + " "
                        + t.getAllowanceMinor() + " " + t.getRolloverRule() + " " + t.getRolloverCapSeconds()).toList();
    }

    @AoTest(tables = false)
    void retainersGetMonthlyTermsFromTheirMonthlyFigures(HostActiveObjects ao) {
        atVersionTwo(ao);
        int support = budgetV2(ao, "RETAINER", 216_000L, 800_000L, false);   // 60 h, USD 8,000.00 a month
        int hoursOnly = budgetV2(ao, "RETAINER", 36_000L, null, false);     // 10 h, no amount
        budgetV2(ao, "RETAINER", null, 500_000L, false);                    // amount only: no hours, no terms
        budgetV2(ao, "RETAINER", 216_000L, 800_000L, true);                 // deleted
        budgetV2(ao, "TIME_AND_MATERIALS", 216_000L, 800_000L, false);
        budgetV2(ao, "FIXED_PRICE", 36_000L, 100L, false);

        upgradeInTransaction(ao);

        assertEquals(List.of(support + " MONTHLY 216000 800000 NONE 0", hoursOnly + " MONTHLY 36000 null NONE 0"),
                terms(ao));
        assertEquals(0, ao.count(FrozenPeriodEntityV3.class, Query.select()), "nothing frozen");
        BudgetEntityV3 budget = ao.get(BudgetEntityV3.class, support);
        assertEquals(216_000L, budget.getTotalSeconds(), "the budget keeps its own figures");
    }

    @AoTest(tables = false)
    void aSecondRunChangesNothingAndTheTermsAreOneRowPerBudget(HostActiveObjects ao, DatabaseSpec database)
            throws Exception {
        atVersionTwo(ao);
        int support = budgetV2(ao, "RETAINER", 216_000L, 800_000L, false);
        upgradeInTransaction(ao);
        List<String> once = terms(ao);
        Map<String, List<String>> shape = TableShapes.of(database, "AO_DF9F5C_");

        upgradeInTransaction(ao);

        assertEquals(once, terms(ao));
        assertEquals(shape, TableShapes.of(database, "AO_DF9F5C_"));
        assertEquals(19, shape.size());
        assertThrows(RuntimeException.class, () -> ao.create(RetainerTermsEntityV3.class,
                new DBParam(RetainerTermsEntityV3.BUDGET_ID, (long) support),
                new DBParam(RetainerTermsEntityV3.PERIOD_KIND, "QUARTERLY"),
                new DBParam(RetainerTermsEntityV3.ALLOWANCE_SECONDS, 36L),
                new DBParam(RetainerTermsEntityV3.ROLLOVER_RULE, "NONE"),
                new DBParam(RetainerTermsEntityV3.ROLLOVER_CAP_SECONDS, 0L)));
    }

    @AoTest(tables = false)
    void anEmptyInstallGetsTheTwoNewTables(HostActiveObjects ao, DatabaseSpec database) throws Exception {
        atVersionTwo(ao);
        upgradeInTransaction(ao);
        Map<String, List<String>> shape = TableShapes.of(database, "AO_DF9F5C_");
        assertEquals(List.of(), terms(ao));
        assertEquals(true, shape.containsKey("AO_DF9F5C_RETAINER_TERMS") && shape.containsKey("AO_DF9F5C_FROZEN_PERIOD"),
                shape.keySet().toString());
    }
}
