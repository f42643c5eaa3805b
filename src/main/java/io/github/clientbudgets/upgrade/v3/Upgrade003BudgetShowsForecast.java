package io.github.clientbudgets.upgrade.v3;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 3: the budget's switch "show the forecast to the client", a boolean column with the default false,
 * so that every existing budget keeps its client page as it was (the forecast stays hidden until a PM switches it
 * on). Adding a column with a default is one step for AO on every database; running again changes nothing.
 */
public class Upgrade003BudgetShowsForecast implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(BudgetEntityV3.class, ServiceEntityV3.class, ExpenseEntityV3.class, IssueServiceEntityV3.class,
                TimeEntryEntityV3.class, AuditEntityV3.class, ResyncStateEntityV3.class, ClientGrantEntityV3.class,
                PeriodLockEntityV3.class);
    }
}
