package io.github.clientbudgets.forecast;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.budget.BudgetEntity;
import io.github.clientbudgets.common.AoSql;
import io.github.clientbudgets.common.AoSqlMemo;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.service.ServiceEntity;
import io.github.clientbudgets.timeentry.TimeEntryEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link BurnQueries} as one GROUP BY over the time entries of the budget's line items. "Approved" is what the
 * summary counts as used (the published snapshot by its approved day with approval, live time by its work day
 * without), "pending" what it counts as pending (live time of entries waiting for approval). Days are the stored
 * {@code yyyymmdd} integers, so the range filter and the grouping are plain SQL on every database; the composite
 * indexes on (line item, day) serve both halves.
 */
public class AoBurnQueries implements BurnQueries {
    private final ActiveObjects ao;
    private final AoSqlMemo aoSql = new AoSqlMemo();

    public AoBurnQueries(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<DayBurn> byWorkDay(long budgetId, boolean approvalRequired, LocalDate from) {
        AoSql q = aoSql.known().orElseGet(() -> sql(budgetId));
        String t = q.table(TimeEntryEntity.class);
        String s = q.table(ServiceEntity.class);
        String join = " FROM " + t + " t JOIN " + s + " s ON s." + q.col("ID") + " = t.";
        String budgetFilter = " WHERE s." + q.col(ServiceEntity.BUDGET_ID) + " = ?";
        int fromDay = from.getYear() * 10_000 + from.getMonthValue() * 100 + from.getDayOfMonth();
        List<DayBurn> result = new ArrayList<>();
        if (approvalRequired) {
            String approvedDay = "t." + q.col(TimeEntryEntity.APPROVED_DAY);
            String workDay = "t." + q.col(TimeEntryEntity.WORK_DAY);
            String approved = "SELECT " + approvedDay + " AS dd, t." + q.col(TimeEntryEntity.APPROVED_SECONDS)
                    + " AS appr, 0 AS pend" + join + q.col(TimeEntryEntity.APPROVED_SERVICE_ID) + budgetFilter
                    + " AND t." + q.col(TimeEntryEntity.APPROVED_SECONDS) + " IS NOT NULL AND " + approvedDay + " >= ?";
            String pending = "SELECT " + workDay + ", 0, t." + q.col(TimeEntryEntity.SECONDS) + join
                    + q.col(TimeEntryEntity.SERVICE_ID) + budgetFilter + " AND t." + q.col(TimeEntryEntity.STATUS)
                    + " = ? AND " + workDay + " >= ?";
            q.query("SELECT dd, SUM(appr), SUM(pend) FROM (" + approved + " UNION ALL " + pending
                            + ") x GROUP BY dd ORDER BY dd",
                    List.of(budgetId, fromDay, budgetId, ApprovalStatus.PENDING.name(), fromDay),
                    rs -> result.add(new DayBurn(day(rs.getInt(1)), rs.getLong(2), rs.getLong(3))));
        } else {
            // without approval every entry counts live and nothing is pending, as in the summary
            String workDay = "t." + q.col(TimeEntryEntity.WORK_DAY);
            q.query("SELECT " + workDay + ", SUM(t." + q.col(TimeEntryEntity.SECONDS) + ")" + join
                            + q.col(TimeEntryEntity.SERVICE_ID) + budgetFilter + " AND " + workDay + " >= ?"
                            + " GROUP BY " + workDay + " ORDER BY " + workDay,
                    List.of(budgetId, fromDay), rs -> result.add(new DayBurn(day(rs.getInt(1)), rs.getLong(2), 0)));
        }
        return result;
    }

    private static LocalDate day(int yyyymmdd) {
        return LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100);
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
