package io.github.clientbudgets.upgrade.v3;

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
import net.java.ao.RawEntity;

/**
 * Model version 3: the client mails' four new tables (unsubscribes, digest settings,
 * digests sent, the installation's secrets). The tables of
 * version 2 are unchanged, so their version 2 copies are version 3's too; new tables need no data moved.
 */
public class Upgrade003ClientMails implements ActiveObjectsUpgradeTask {
    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(model());
    }

    @SuppressWarnings("unchecked")
    static Class<? extends RawEntity<?>>[] model() {
        return new Class[]{BudgetEntityV2.class, ServiceEntityV2.class, ExpenseEntityV2.class, IssueServiceEntityV2.class,
                TimeEntryEntityV2.class, AuditEntityV2.class, ResyncStateEntityV2.class, ClientGrantEntityV2.class,
                PeriodLockEntityV2.class, ClientUnsubscribeEntityV3.class, DigestSettingEntityV3.class,
                DigestSentEntityV3.class, AppSecretEntityV3.class};
    }
}
