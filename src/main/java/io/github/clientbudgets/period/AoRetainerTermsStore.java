package io.github.clientbudgets.period;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.common.AoSql;
import io.github.clientbudgets.common.AoSqlMemo;
import io.github.clientbudgets.common.Money;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link RetainerTermsStore} on Active Objects. The unique {@code BUDGET_ID} of the terms and {@code FREEZE_KEY} of
 * the frozen periods let the database refuse a second row; callers hold the budget's row
 * ({@code BudgetStore.lockBudgetRow} or the version claim of a budget update), so writers of one budget's terms and
 * freezes run one after the other.
 */
public class AoRetainerTermsStore implements RetainerTermsStore {
    private final ActiveObjects ao;
    private final AoSqlMemo aoSql = new AoSqlMemo();

    public AoRetainerTermsStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * One LEFT JOIN of the terms with the frozen periods, in plain SQL: AO's find would build an entity per row, and
     * this read is on every request for a retainer's periods. No terms row at all: no terms, nothing frozen.
     */
    @Override
    public Optional<Stored> read(long budgetId, Currency currency) {
        Optional<AoSql> known = aoSql.orLearnFrom(() -> {
            RetainerTermsEntity[] any = ao.find(RetainerTermsEntity.class, Query.select().limit(1));
            return any.length == 0 ? null : any[0];
        });
        if (known.isEmpty()) {
            return Optional.empty();
        }
        AoSql q = known.get();
        String sql = "SELECT t." + q.col(RetainerTermsEntity.PERIOD_KIND) + ", t."
                + q.col(RetainerTermsEntity.ALLOWANCE_SECONDS) + ", t." + q.col(RetainerTermsEntity.ALLOWANCE_MINOR)
                + ", t." + q.col(RetainerTermsEntity.ROLLOVER_RULE) + ", t."
                + q.col(RetainerTermsEntity.ROLLOVER_CAP_SECONDS) + ", f." + q.col(FrozenPeriodEntity.PERIOD_KEY)
                + ", f." + q.col(FrozenPeriodEntity.ALLOWANCE_SECONDS) + ", f."
                + q.col(FrozenPeriodEntity.ALLOWANCE_MINOR) + ", f." + q.col(FrozenPeriodEntity.CARRIED_IN_SECONDS)
                + ", f." + q.col(FrozenPeriodEntity.USED_SECONDS) + ", f." + q.col(FrozenPeriodEntity.CARRIED_OUT_SECONDS)
                + " FROM " + q.table(RetainerTermsEntity.class) + " t LEFT JOIN " + q.table(FrozenPeriodEntity.class)
                + " f ON f." + q.col(FrozenPeriodEntity.BUDGET_ID) + " = t." + q.col(RetainerTermsEntity.BUDGET_ID)
                + " WHERE t." + q.col(RetainerTermsEntity.BUDGET_ID) + " = ?";
        RetainerPlan[] plan = new RetainerPlan[1];
        Map<PeriodKey, PeriodFigures> frozen = new TreeMap<>(AoRetainerTermsStore::byKindThenTime);
        q.query(sql, List.of(budgetId), rs -> {
            if (plan[0] == null) {
                long minor = rs.getLong(3);
                BigDecimal amount = rs.wasNull() ? null : Money.fromMinor(minor, currency);
                plan[0] = new RetainerPlan(PeriodKind.valueOf(rs.getString(1)), rs.getLong(2), amount,
                        new Rollover(RolloverRule.valueOf(rs.getString(4)), rs.getLong(5)));
            }
            String period = rs.getString(6);
            if (period != null) {
                PeriodKey key = PeriodKey.parse(period, "period");
                long frozenMinor = rs.getLong(8);
                BigDecimal frozenAmount = rs.wasNull() ? null : Money.fromMinor(frozenMinor, currency);
                long allowance = rs.getLong(7);
                long carriedIn = rs.getLong(9);
                long used = rs.getLong(10);
                frozen.put(key, new PeriodFigures(key, allowance, frozenAmount, carriedIn, used,
                        allowance + carriedIn - used, rs.getLong(11), true));
            }
        });
        return plan[0] == null ? Optional.empty() : Optional.of(new Stored(plan[0], frozen));
    }

    static String freezeKey(long budgetId, PeriodKey period) {
        return budgetId + ":" + period;
    }

    @Override
    public Optional<RetainerPlan> plan(long budgetId, Currency currency) {
        RetainerTermsEntity[] rows = termsRows(budgetId);
        if (rows.length == 0) {
            return Optional.empty();
        }
        RetainerTermsEntity e = rows[0];
        RolloverRule rule = RolloverRule.valueOf(e.getRolloverRule());
        return Optional.of(new RetainerPlan(PeriodKind.valueOf(e.getPeriodKind()), e.getAllowanceSeconds(),
                amount(e.getAllowanceMinor(), currency), new Rollover(rule, e.getRolloverCapSeconds())));
    }

    @Override
    public void put(long budgetId, RetainerPlan plan, Currency currency) {
        RetainerTermsEntity[] rows = termsRows(budgetId);
        Long minor = plan.allowanceAmount() == null ? null : Money.toMinor(plan.allowanceAmount(), currency);
        if (rows.length == 0) {
            ao.create(RetainerTermsEntity.class, new DBParam(RetainerTermsEntity.BUDGET_ID, budgetId),
                    new DBParam(RetainerTermsEntity.PERIOD_KIND, plan.period().name()),
                    new DBParam(RetainerTermsEntity.ALLOWANCE_SECONDS, plan.allowanceSeconds()),
                    new DBParam(RetainerTermsEntity.ALLOWANCE_MINOR, minor),
                    new DBParam(RetainerTermsEntity.ROLLOVER_RULE, plan.rollover().rule().name()),
                    new DBParam(RetainerTermsEntity.ROLLOVER_CAP_SECONDS, plan.rollover().capSeconds()));
            return;
        }
        RetainerTermsEntity e = rows[0];
        e.setPeriodKind(plan.period().name());
        e.setAllowanceSeconds(plan.allowanceSeconds());
        e.setAllowanceMinor(minor);
        e.setRolloverRule(plan.rollover().rule().name());
        e.setRolloverCapSeconds(plan.rollover().capSeconds());
        e.save();
    }

    @Override
    public void remove(long budgetId) {
        ao.delete(termsRows(budgetId));
        ao.delete(frozenRows(budgetId));
    }

    @Override
    public Map<PeriodKey, PeriodFigures> frozen(long budgetId, Currency currency) {
        Map<PeriodKey, PeriodFigures> result = new TreeMap<>(AoRetainerTermsStore::byKindThenTime);
        for (FrozenPeriodEntity e : frozenRows(budgetId)) {
            PeriodKey key = PeriodKey.parse(e.getPeriodKey(), "period");
            long allowance = e.getAllowanceSeconds();
            long carriedIn = e.getCarriedInSeconds();
            long used = e.getUsedSeconds();
            result.put(key, new PeriodFigures(key, allowance, amount(e.getAllowanceMinor(), currency), carriedIn, used,
                    allowance + carriedIn - used, e.getCarriedOutSeconds(), true));
        }
        return result;
    }

    @Override
    public boolean freeze(long budgetId, PeriodFigures f, Currency currency) {
        String key = freezeKey(budgetId, f.period());
        if (isFrozen(key)) {
            return false;
        }
        try {
            ao.create(FrozenPeriodEntity.class, new DBParam(FrozenPeriodEntity.FREEZE_KEY, key),
                    new DBParam(FrozenPeriodEntity.BUDGET_ID, budgetId),
                    new DBParam(FrozenPeriodEntity.PERIOD_KEY, f.period().toString()),
                    new DBParam(FrozenPeriodEntity.ALLOWANCE_SECONDS, f.allowanceSeconds()),
                    new DBParam(FrozenPeriodEntity.ALLOWANCE_MINOR,
                            f.allowanceAmount() == null ? null : Money.toMinor(f.allowanceAmount(), currency)),
                    new DBParam(FrozenPeriodEntity.CARRIED_IN_SECONDS, f.carriedInSeconds()),
                    new DBParam(FrozenPeriodEntity.USED_SECONDS, f.usedSeconds()),
                    new DBParam(FrozenPeriodEntity.CARRIED_OUT_SECONDS, f.carriedOutSeconds()));
            return true;
        } catch (RuntimeException e) {
            if (isFrozen(key)) {
                return false; // another node froze it between our check and our insert
            }
            throw e;
        }
    }

    @Override
    public boolean unfreeze(long budgetId, PeriodKey period) {
        FrozenPeriodEntity[] rows = frozenRow(freezeKey(budgetId, period));
        ao.delete(rows);
        return rows.length > 0;
    }

    private RetainerTermsEntity[] termsRows(long budgetId) {
        return ao.find(RetainerTermsEntity.class, Query.select().where(RetainerTermsEntity.BUDGET_ID + " = ?", budgetId));
    }

    private FrozenPeriodEntity[] frozenRows(long budgetId) {
        return ao.find(FrozenPeriodEntity.class, Query.select().where(FrozenPeriodEntity.BUDGET_ID + " = ?", budgetId));
    }

    /** @param key a {@link #freezeKey} */
    boolean isFrozen(String key) {
        return frozenRow(key).length > 0;
    }

    private FrozenPeriodEntity[] frozenRow(String key) {
        return ao.find(FrozenPeriodEntity.class, Query.select().where(FrozenPeriodEntity.FREEZE_KEY + " = ?", key));
    }

    private static BigDecimal amount(Long minor, Currency currency) {
        return minor == null ? null : Money.fromMinor(minor, currency);
    }

    /** Frozen rows of both kinds may exist side by side (see the period-kind rule): months first, then quarters. */
    private static int byKindThenTime(PeriodKey a, PeriodKey b) {
        return a.kind() != b.kind() ? a.kind().compareTo(b.kind()) : a.compareTo(b);
    }
}
