package io.github.clientbudgets.upgrade.v3;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model version 3: retainer terms (one row per budget) and the frozen figures of locked retainer periods, two new
 * tables; the new, empty tables of the client mails (unsubscribes, digest settings, sent digests, the installation's
 * secret), of the alerts (settings, recorded crossings) and of the clients' questions, which AO creates in the same
 * step (one version for them all: on PostgreSQL a chain of versions altering one table fails with "cached plan must
 * not change result type", as AO reads each table with a prepared {@code SELECT *}); and the budget's switch {@code SHOW_FORECAST} (show the forecast to the client), a boolean column with the
 * default false, so that existing budgets keep the forecast hidden. Every existing retainer budget (not deleted) gets the terms it had in effect: until now a retainer's total
 * hours and total amount were its allowance per calendar month (the summary's figures are this month's, unused hours
 * were shown and never applied), so the terms are MONTHLY with that allowance and no rollover. A retainer without
 * total hours (or with hours not a multiple of 0.01 h, which the app never wrote) gets none: periods need hours.
 * No period is frozen (locked months had no period figures to keep); a budget that has terms already keeps them, so
 * the task runs again harmlessly on its own result. For monthly sign-offs the same step adds the table of sign-offs
 * and the client grants' nullable Client Manager flag (null, on the grants that exist, reads as "no").
 */
public class Upgrade003RetainerTerms implements ActiveObjectsUpgradeTask {
    private static final Logger LOG = LoggerFactory.getLogger(Upgrade003RetainerTerms.class);
    /** 0.01 h in seconds: hours have two decimals. */
    private static final long HUNDREDTH_HOUR = 36;

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(new Class[]{BudgetEntityV3.class, ServiceEntityV3.class, ExpenseEntityV3.class,
                IssueServiceEntityV3.class, TimeEntryEntityV3.class, AuditEntityV3.class, ResyncStateEntityV3.class,
                ClientGrantEntityV3.class, PeriodLockEntityV3.class, RetainerTermsEntityV3.class,
                FrozenPeriodEntityV3.class, ClientUnsubscribeEntityV3.class, DigestSettingEntityV3.class,
                DigestSentEntityV3.class, AppSecretEntityV3.class, AlertSettingEntityV3.class,
                AlertCrossingEntityV3.class, QuestionEntityV3.class, SignOffEntityV3.class});
        int added = 0;
        for (BudgetEntityV3 budget : ao.find(BudgetEntityV3.class, Query.select()
                .where(BudgetEntityV3.TYPE + " = ?", "RETAINER").order("ID"))) {
            Long seconds = budget.getTotalSeconds();
            if (budget.isDeleted() || seconds == null || seconds <= 0
                    || seconds % HUNDREDTH_HOUR != 0 || hasTerms(ao, budget.getID())) {
                continue;
            }
            ao.create(RetainerTermsEntityV3.class, new DBParam(RetainerTermsEntityV3.BUDGET_ID, (long) budget.getID()),
                    new DBParam(RetainerTermsEntityV3.PERIOD_KIND, "MONTHLY"),
                    new DBParam(RetainerTermsEntityV3.ALLOWANCE_SECONDS, seconds),
                    new DBParam(RetainerTermsEntityV3.ALLOWANCE_MINOR, budget.getTotalAmountMinor()),
                    new DBParam(RetainerTermsEntityV3.ROLLOVER_RULE, "NONE"),
                    new DBParam(RetainerTermsEntityV3.ROLLOVER_CAP_SECONDS, 0L));
            added++;
        }
        if (added > 0) {
            LOG.info("Retainer budgets: {} given monthly terms from their total hours and amount", added);
        }
    }

    private static boolean hasTerms(ActiveObjects ao, int budgetId) {
        return ao.count(RetainerTermsEntityV3.class, Query.select()
                .where(RetainerTermsEntityV3.BUDGET_ID + " = ?", (long) budgetId)) > 0;
    }
}
