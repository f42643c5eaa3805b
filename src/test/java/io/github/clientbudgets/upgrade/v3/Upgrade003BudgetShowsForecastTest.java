package io.github.clientbudgets.upgrade.v3;

import com.atlassian.activeobjects.external.ModelVersion;
import io.github.clientbudgets.devhost.ao.HostActiveObjects;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.upgrade.v1.Upgrade001InitialModel;
import io.github.clientbudgets.upgrade.v2.BudgetEntityV2;
import io.github.clientbudgets.upgrade.v2.Upgrade002ClientGrantKeys;
import net.java.ao.DBParam;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Model version 3's forecast switch on tables of version 2 with a budget, on H2 and PostgreSQL: the budget keeps its
 * row and does not show its forecast to the client until a PM switches it on; running the task again changes
 * nothing.
 */
class Upgrade003BudgetShowsForecastTest {

    @AoTest(tables = false)
    void existingBudgetsKeepTheForecastHidden(HostActiveObjects ao) {
        new Upgrade001InitialModel().upgrade(ModelVersion.valueOf(null), ao);
        new Upgrade002ClientGrantKeys().upgrade(ModelVersion.valueOf("1"), ao);
        BudgetEntityV2 budget = ao.create(BudgetEntityV2.class, new DBParam("PROJECT_ID", 10L),
                new DBParam("NAME", "Website relaunch"), new DBParam("TYPE", "FIXED_PRICE"),
                new DBParam("CURRENCY", "EUR"), new DBParam("STATUS", "OPEN"));

        Upgrade003RetainerTerms task = new Upgrade003RetainerTerms();
        task.upgrade(ModelVersion.valueOf("2"), ao);
        task.upgrade(ModelVersion.valueOf("3"), ao);

        BudgetEntityV3 upgraded = ao.get(BudgetEntityV3.class, budget.getID());
        assertFalse(upgraded.isShowForecast());
        upgraded.setShowForecast(true);
        upgraded.save();
        assertTrue(ao.get(BudgetEntityV3.class, budget.getID()).isShowForecast());
        BudgetEntityV3 fresh = ao.create(BudgetEntityV3.class, new DBParam("PROJECT_ID", 10L),
                new DBParam("NAME", "New"), new DBParam("TYPE", "FIXED_PRICE"), new DBParam("CURRENCY", "EUR"),
                new DBParam("STATUS", "OPEN"));
        assertFalse(fresh.isShowForecast(), "a budget made without the switch does not show its forecast");
    }
}
