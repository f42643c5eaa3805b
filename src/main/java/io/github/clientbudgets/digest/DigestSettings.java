package io.github.clientbudgets.digest;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.audit.AuditAction;
import io.github.clientbudgets.audit.AuditSubject;
import io.github.clientbudgets.audit.AuditTrail;
import io.github.clientbudgets.audit.FieldChange;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.budget.TeamAccessPolicy;
import io.github.clientbudgets.common.ForbiddenException;
import io.github.clientbudgets.common.NotFoundException;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A budget's client digest setting: off (the default, no row), monthly or weekly. Whoever sees the budget reads it;
 * whoever manages it (its owner, the project's administrators) changes it; to anyone else the budget doesn't exist.
 * The setting is a single column of its own row (one per budget, unique), so changing it touches nothing else; a
 * change is audited on the budget (field {@code digest}) in the transaction that makes it.
 */
public class DigestSettings {
    private final ActiveObjects ao;
    private final BudgetStore budgets;
    private final TeamAccessPolicy policy;
    private final AuditTrail audit;

    public DigestSettings(ActiveObjects ao, BudgetStore budgets, TeamAccessPolicy policy, AuditTrail audit) {
        this.ao = ao;
        this.budgets = budgets;
        this.policy = policy;
        this.audit = audit;
    }

    public DigestFrequency get(String caller, long budgetId) {
        return frequency(visible(caller, budgetId).id());
    }

    public DigestFrequency set(String caller, long budgetId, DigestFrequency frequency) {
        Budget budget = visible(caller, budgetId);
        if (!policy.mayManage(caller, budget)) {
            throw new ForbiddenException("client-budgets.error.forbidden.change");
        }
        try {
            write(caller, budget.id(), frequency);
        } catch (RuntimeException parallelInsert) {
            // another request made the row first (the unique budget id refused ours): it is there now
            write(caller, budget.id(), frequency);
        }
        return frequency(budget.id());
    }

    private void write(String caller, long budgetId, DigestFrequency frequency) {
        ao.executeInTransaction(() -> {
            DigestSettingEntity[] rows = ao.find(DigestSettingEntity.class,
                    Query.select().where(DigestSettingEntity.BUDGET_ID + " = ?", budgetId));
            DigestFrequency before = rows.length == 0 ? DigestFrequency.OFF : parse(rows[0].getFrequency());
            if (rows.length > 0) {
                rows[0].setFrequency(frequency.name());
                rows[0].save();
            } else {
                ao.create(DigestSettingEntity.class, new DBParam(DigestSettingEntity.BUDGET_ID, budgetId),
                        new DBParam(DigestSettingEntity.FREQUENCY, frequency.name()));
            }
            if (before != frequency) {
                audit.record(caller, budgetId, AuditSubject.BUDGET, budgetId, AuditAction.UPDATED,
                        List.of(new FieldChange("digest", before.name(), frequency.name())));
            }
            return null;
        });
    }

    /** The budget's setting, unchecked (for the job): OFF without a row. */
    public DigestFrequency frequency(long budgetId) {
        DigestSettingEntity[] rows = ao.find(DigestSettingEntity.class,
                Query.select().where(DigestSettingEntity.BUDGET_ID + " = ?", budgetId));
        return rows.length == 0 ? DigestFrequency.OFF : parse(rows[0].getFrequency());
    }

    /** Every budget whose digest is on, with its frequency, by budget id. */
    public Map<Long, DigestFrequency> enabled() {
        Map<Long, DigestFrequency> on = new LinkedHashMap<>();
        for (DigestSettingEntity row : ao.find(DigestSettingEntity.class, Query.select()
                .where(DigestSettingEntity.FREQUENCY + " <> ?", DigestFrequency.OFF.name()).order(DigestSettingEntity.BUDGET_ID))) {
            DigestFrequency frequency = parse(row.getFrequency());
            if (frequency != DigestFrequency.OFF) {
                on.put(row.getBudgetId(), frequency);
            }
        }
        return on;
    }

    private Budget visible(String caller, long budgetId) {
        return budgets.budget(budgetId).filter(b -> policy.maySee(caller, b)).orElseThrow(NotFoundException::new);
    }

    /** A stored value this version doesn't know (written by a newer one) counts as off. */
    private static DigestFrequency parse(String stored) {
        try {
            return DigestFrequency.valueOf(stored);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return DigestFrequency.OFF;
        }
    }
}
