package io.github.clientbudgets.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.github.clientbudgets.access.ClientGrantEntity;
import io.github.clientbudgets.approval.PeriodLockEntity;
import io.github.clientbudgets.attribution.IssueServiceEntity;
import io.github.clientbudgets.audit.AuditEntity;
import io.github.clientbudgets.budget.BudgetEntity;
import io.github.clientbudgets.expense.ExpenseEntity;
import io.github.clientbudgets.service.ServiceEntity;
import io.github.clientbudgets.timeentry.ResyncStateEntity;
import io.github.clientbudgets.timeentry.TimeEntryEntity;

/**
 * Model version 1: the first schema. Every later schema change gets its own task (V2..., listed after this one in the
 * descriptor's {@code <ao>} module) that migrates and then moves data; Jira runs the tasks newer than the stored
 * model version, in order, once per cluster.
 */
public class V1InitialModel implements ActiveObjectsUpgradeTask {
    public static final String VERSION = "1";

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(VERSION);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(BudgetEntity.class, ServiceEntity.class, ExpenseEntity.class, IssueServiceEntity.class,
                TimeEntryEntity.class, AuditEntity.class, ResyncStateEntity.class,
                ClientGrantEntity.class, PeriodLockEntity.class);
    }
}
