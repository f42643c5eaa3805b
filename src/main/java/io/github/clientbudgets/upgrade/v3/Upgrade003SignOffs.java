package io.github.clientbudgets.upgrade.v3;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.github.clientbudgets.upgrade.v2.AuditEntityV2;
import io.github.clientbudgets.upgrade.v2.BudgetEntityV2;
import io.github.clientbudgets.upgrade.v2.ExpenseEntityV2;
import io.github.clientbudgets.upgrade.v2.IssueServiceEntityV2;
import io.github.clientbudgets.upgrade.v2.PeriodLockEntityV2;
import io.github.clientbudgets.upgrade.v2.ResyncStateEntityV2;
import io.github.clientbudgets.upgrade.v2.ServiceEntityV2;
import io.github.clientbudgets.upgrade.v2.TimeEntryEntityV2;

/**
 * Model version 3: client grants carry the nullable Client Manager flag (null, for the grants that exist, reads as
 * "no": nobody may sign off until a PM says so), and the tables of monthly sign-offs and of clients' questions on
 * entries arrive. All are plain additions, so the task is one migration; the other tables stay as version 2 froze them. Runs again harmlessly on its own result.
 */
public class Upgrade003SignOffs implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(new Class[]{BudgetEntityV2.class, ServiceEntityV2.class, ExpenseEntityV2.class,
                IssueServiceEntityV2.class, TimeEntryEntityV2.class, AuditEntityV2.class, ResyncStateEntityV2.class,
                ClientGrantEntityV3.class, PeriodLockEntityV2.class, SignOffEntityV3.class, QuestionEntityV3.class});
    }

}
