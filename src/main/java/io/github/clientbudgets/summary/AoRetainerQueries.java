package io.github.clientbudgets.summary;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.budget.BudgetEntity;
import io.github.clientbudgets.common.AoSql;
import io.github.clientbudgets.common.AoSqlMemo;
import io.github.clientbudgets.period.RetainerQueries;
import io.github.clientbudgets.service.ServiceEntity;
import io.github.clientbudgets.timeentry.TimeEntryEntity;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link RetainerQueries} as one GROUP BY over the time entries of the budget's line items, in the database: the same
 * "used" as {@link AoSummaryQueries} (approved snapshots with approval, live time without), per month only. Months
 * are the stored {@code yyyymm} integers, so no date function differs between databases.
 */
public class AoRetainerQueries implements RetainerQueries {
    private final ActiveObjects ao;
    private final AoSqlMemo aoSql = new AoSqlMemo();

    public AoRetainerQueries(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Map<YearMonth, Long> usedSecondsByMonth(long budgetId, boolean approvalRequired) {
        AoSql q = aoSql.known().orElseGet(() -> sql(budgetId));
        String service = approvalRequired ? TimeEntryEntity.APPROVED_SERVICE_ID : TimeEntryEntity.SERVICE_ID;
        String month = "t." + q.col(approvalRequired ? TimeEntryEntity.APPROVED_MONTH : TimeEntryEntity.WORK_MONTH);
        String seconds = "t." + q.col(approvalRequired ? TimeEntryEntity.APPROVED_SECONDS : TimeEntryEntity.SECONDS);
        // with approval, an entry counts once it has a published snapshot, whatever its state now (a revision waits
        // as approved, a rejected entry without one counts nowhere)
        String sql = "SELECT " + month + ", SUM(" + seconds + ") FROM " + q.table(TimeEntryEntity.class) + " t JOIN "
                + q.table(ServiceEntity.class) + " s ON s." + q.col("ID") + " = t." + q.col(service)
                + " WHERE s." + q.col(ServiceEntity.BUDGET_ID) + " = ?"
                + (approvalRequired ? " AND " + seconds + " IS NOT NULL" : "")
                + " GROUP BY " + month;
        Map<YearMonth, Long> result = new TreeMap<>();
        q.query(sql, List.of(budgetId), rs -> {
            int yyyymm = rs.getInt(1);
            result.put(YearMonth.of(yyyymm / 100, yyyymm % 100), rs.getLong(2));
        });
        return result;
    }

    /** AO entities carry their EntityManager: the budget's row is the way in. */
    private AoSql sql(long budgetId) {
        BudgetEntity budget = ao.get(BudgetEntity.class, (int) budgetId);
        if (budget == null) {
            throw new IllegalArgumentException("No budget " + budgetId);
        }
        return aoSql.learn(budget);
    }
}
