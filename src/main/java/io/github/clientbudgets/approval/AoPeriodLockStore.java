package io.github.clientbudgets.approval;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/** {@link PeriodLockStore} on Active Objects; the unique lock key makes a double lock from two nodes harmless. */
public class AoPeriodLockStore implements PeriodLockStore {
    private final ActiveObjects ao;

    public AoPeriodLockStore(ActiveObjects ao) {
        this.ao = ao;
    }

    static String key(long budgetId, YearMonth month) {
        return budgetId + ":" + yyyymm(month);
    }

    static int yyyymm(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    @Override
    public boolean isLocked(long budgetId, YearMonth month) {
        return ao.count(PeriodLockEntity.class, Query.select().where(PeriodLockEntity.LOCK_KEY + " = ?",
                key(budgetId, month))) > 0;
    }

    @Override
    public boolean lock(long budgetId, YearMonth month, String userKey) {
        if (isLocked(budgetId, month)) {
            return false;
        }
        try {
            ao.create(PeriodLockEntity.class, new DBParam(PeriodLockEntity.LOCK_KEY, key(budgetId, month)),
                    new DBParam(PeriodLockEntity.BUDGET_ID, budgetId), new DBParam(PeriodLockEntity.MONTH, yyyymm(month)),
                    new DBParam(PeriodLockEntity.LOCKED_BY, userKey), new DBParam(PeriodLockEntity.LOCKED_AT, new Date()));
            return true;
        } catch (RuntimeException e) {
            if (isLocked(budgetId, month)) {
                return false; // another node locked it between our check and our insert
            }
            throw e;
        }
    }

    @Override
    public boolean unlock(long budgetId, YearMonth month) {
        PeriodLockEntity[] rows = ao.find(PeriodLockEntity.class, Query.select().where(PeriodLockEntity.LOCK_KEY + " = ?",
                key(budgetId, month)));
        ao.delete(rows);
        return rows.length > 0;
    }

    @Override
    public List<YearMonth> lockedMonths(long budgetId) {
        return Arrays.stream(ao.find(PeriodLockEntity.class, Query.select()
                        .where(PeriodLockEntity.BUDGET_ID + " = ?", budgetId).order(PeriodLockEntity.MONTH + " ASC")))
                .map(e -> YearMonth.of(e.getPeriodMonth() / 100, e.getPeriodMonth() % 100)).toList();
    }
}
