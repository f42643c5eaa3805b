package io.github.clientbudgets.upgrade.v1;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 1, the first schema: creates the tables from the version-1 copies of the entities (on an empty
 * database; on tables that exist already it changes nothing). Jira runs it on a fresh install before the later tasks.
 */
public class Upgrade001InitialModel implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(BudgetEntityV1.class, ServiceEntityV1.class, ExpenseEntityV1.class, IssueServiceEntityV1.class,
                TimeEntryEntityV1.class, AuditEntityV1.class, ResyncStateEntityV1.class, ClientGrantEntityV1.class,
                PeriodLockEntityV1.class);
    }
}
