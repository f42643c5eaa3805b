package io.github.clientbudgets.admin;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.budget.BudgetEntity;
import net.java.ao.Query;

/** Checks that the app's tables answer, for the admin page. */
public class HealthCheck {
    private final ActiveObjects ao;

    public HealthCheck(ActiveObjects ao) {
        this.ao = ao;
    }

    public HealthReport run() {
        try {
            int budgets = ao.count(BudgetEntity.class, Query.select().where(BudgetEntity.DELETED + " = ?", false));
            return HealthReport.healthy(budgets);
        } catch (RuntimeException e) {
            return HealthReport.failing(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
