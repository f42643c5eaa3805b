package io.github.clientbudgets.upgrade.v4;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.github.clientbudgets.upgrade.v2.AuditEntityV2;
import io.github.clientbudgets.upgrade.v2.BudgetEntityV2;
import io.github.clientbudgets.upgrade.v2.ClientGrantEntityV2;
import io.github.clientbudgets.upgrade.v2.ExpenseEntityV2;
import io.github.clientbudgets.upgrade.v2.IssueServiceEntityV2;
import io.github.clientbudgets.upgrade.v2.PeriodLockEntityV2;
import io.github.clientbudgets.upgrade.v2.ResyncStateEntityV2;
import io.github.clientbudgets.upgrade.v2.ServiceEntityV2;
import io.github.clientbudgets.upgrade.v2.TimeEntryEntityV2;
import io.github.clientbudgets.upgrade.v3.AppSecretEntityV3;
import io.github.clientbudgets.upgrade.v3.ClientUnsubscribeEntityV3;
import io.github.clientbudgets.upgrade.v3.DigestSentEntityV3;
import io.github.clientbudgets.upgrade.v3.DigestSettingEntityV3;
import net.java.ao.RawEntity;

/**
 * Model version 4: two new tables, a budget's alert settings and its recorded alert crossings (with their unique
 * crossing key). New tables start empty, so AO creates them in one step; the other tables are as at version 3
 * (their frozen copies of versions 2 and 3 are this version's too). Runs again harmlessly on its own result.
 */
public class Upgrade004Alerts implements ActiveObjectsUpgradeTask {
    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("4");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(model());
    }

    /** This version's model, in the order of the descriptor. */
    @SuppressWarnings("unchecked")
    static Class<? extends RawEntity<?>>[] model() {
        return new Class[]{BudgetEntityV2.class, ServiceEntityV2.class, ExpenseEntityV2.class,
                IssueServiceEntityV2.class, TimeEntryEntityV2.class, AuditEntityV2.class, ResyncStateEntityV2.class,
                ClientGrantEntityV2.class, PeriodLockEntityV2.class, ClientUnsubscribeEntityV3.class,
                DigestSettingEntityV3.class, DigestSentEntityV3.class, AppSecretEntityV3.class,
                AlertSettingEntityV4.class, AlertCrossingEntityV4.class};
    }
}
