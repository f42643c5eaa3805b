package io.github.clientbudgets.admin;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.budget.BudgetEntity;
import io.github.clientbudgets.testing.AoTest;
import net.java.ao.DBParam;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HealthCheckTest {

    @AoTest
    void countsBudgetsThatAreNotDeleted(ActiveObjects ao) {
        budget(ao, "kept", false);
        budget(ao, "gone", true);

        HealthReport report = new HealthCheck(ao).run();

        assertTrue(report.isDatabaseReachable());
        assertEquals(1, report.getBudgetCount());
    }

    @Test
    void reportsADatabaseThatDoesNotAnswer() {
        ActiveObjects broken = Mockito.mock(ActiveObjects.class);
        Mockito.when(broken.count(Mockito.eq(BudgetEntity.class), Mockito.any()))
                .thenThrow(new IllegalStateException("connection refused"));

        HealthReport report = new HealthCheck(broken).run();

        assertFalse(report.isDatabaseReachable());
        assertEquals("IllegalStateException: connection refused", report.getProblem());
    }

    private static void budget(ActiveObjects ao, String name, boolean deleted) {
        ao.create(BudgetEntity.class,
                new DBParam(BudgetEntity.PROJECT_ID, 1L),
                new DBParam(BudgetEntity.NAME, name),
                new DBParam("TYPE", "FIXED_PRICE"),
                new DBParam("CURRENCY", "EUR"),
                new DBParam(BudgetEntity.STATUS, "OPEN"),
                new DBParam(BudgetEntity.DELETED, deleted));
    }
}
