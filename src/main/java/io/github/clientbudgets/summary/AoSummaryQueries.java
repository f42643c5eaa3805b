package io.github.clientbudgets.summary;

import io.github.clientbudgets.common.AoSql;
import io.github.clientbudgets.common.AoSqlMemo;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.budget.BudgetEntity;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.expense.ExpenseEntity;
import io.github.clientbudgets.service.ServiceEntity;
import io.github.clientbudgets.timeentry.TimeEntryEntity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link SummaryQueries} as SQL aggregates over AO's tables, through the AO EntityManager's provider (the
 * ActiveObjects API has no GROUP BY that returns sums). Table and column names come from AO's own converters and
 * quoting, so the SQL follows Jira's AO naming on every database; booleans are bound as parameters, not literals,
 * for the same reason. Memory use does not grow with the number of time entries.
 */
public class AoSummaryQueries implements SummaryQueries {
    private final ActiveObjects ao;
    /** AO's way in, from the last budget row read: spares {@link #totals} a round trip. */
    private final AoSqlMemo aoSql = new AoSqlMemo();

    public AoSummaryQueries(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<TimeTotals> timeByServiceAndMonth(long budgetId, boolean approvalRequired) {
        return time(sql(budgetId), budgetId, approvalRequired);
    }

    @Override
    public List<ExpenseTotals> billableExpensesByMonth(long budgetId, boolean approvalRequired) {
        return expenses(sql(budgetId), budgetId, approvalRequired);
    }

    /**
     * Both aggregates; the caller holds the budget already, so AO's way in is the one learnt from an earlier budget
     * row when there is one (no extra round trip), else this budget's row.
     */
    @Override
    public Totals totals(long budgetId, boolean approvalRequired) {
        AoSql q = aoSql.known().orElseGet(() -> sql(budgetId));
        return new Totals(time(q, budgetId, approvalRequired), expenses(q, budgetId, approvalRequired));
    }

    private List<TimeTotals> time(AoSql q, long budgetId, boolean approvalRequired) {
        String t = q.table(TimeEntryEntity.class);
        String s = q.table(ServiceEntity.class);
        String join = " FROM " + t + " t JOIN " + s + " s ON s." + q.col("ID") + " = t.";
        String budgetFilter = " WHERE s." + q.col(ServiceEntity.BUDGET_ID) + " = ?";
        Map<String, long[]> rows = new LinkedHashMap<>();
        if (approvalRequired) {
            // one statement, one round trip: the approved snapshots (used) and the pending live time, per service
            // and month; the derived table's aliases are plain lower-case words, the same on every database
            String seconds = "t." + q.col(TimeEntryEntity.APPROVED_SECONDS);
            String pSeconds = "t." + q.col(TimeEntryEntity.SECONDS);
            String approved = "SELECT t." + q.col(TimeEntryEntity.APPROVED_SERVICE_ID) + " AS svc, t."
                    + q.col(TimeEntryEntity.APPROVED_MONTH) + " AS mon, " + seconds + " AS used, CASE WHEN t."
                    + q.col(TimeEntryEntity.APPROVED_BILLABLE) + " = ? THEN " + seconds + " ELSE 0 END AS usedb,"
                    + " 0 AS pend, 0 AS pendb" + join + q.col(TimeEntryEntity.APPROVED_SERVICE_ID) + budgetFilter
                    + " AND " + seconds + " IS NOT NULL";
            String pending = "SELECT t." + q.col(TimeEntryEntity.SERVICE_ID) + ", t." + q.col(TimeEntryEntity.WORK_MONTH)
                    + ", 0, 0, " + pSeconds + ", CASE WHEN t." + q.col(TimeEntryEntity.BILLABLE) + " = ? THEN " + pSeconds
                    + " ELSE 0 END" + join + q.col(TimeEntryEntity.SERVICE_ID) + budgetFilter + " AND t."
                    + q.col(TimeEntryEntity.STATUS) + " = ?";
            q.query("SELECT svc, mon, SUM(used), SUM(usedb), SUM(pend), SUM(pendb) FROM (" + approved + " UNION ALL "
                            + pending + ") x GROUP BY svc, mon",
                    List.of(Boolean.TRUE, budgetId, Boolean.TRUE, budgetId, ApprovalStatus.PENDING.name()), rs -> {
                        long[] row = rows.computeIfAbsent(rs.getLong(1) + ":" + rs.getInt(2), k -> new long[4]);
                        row[0] += rs.getLong(3);
                        row[1] += rs.getLong(4);
                        row[2] += rs.getLong(5);
                        row[3] += rs.getLong(6);
                    });
        } else {
            // without approval the client sees live worklog data: every entry counts, nothing is pending
            String service = "t." + q.col(TimeEntryEntity.SERVICE_ID);
            String month = "t." + q.col(TimeEntryEntity.WORK_MONTH);
            String seconds = "t." + q.col(TimeEntryEntity.SECONDS);
            q.query("SELECT " + service + ", " + month + ", SUM(" + seconds + "), SUM(CASE WHEN t."
                            + q.col(TimeEntryEntity.BILLABLE) + " = ? THEN " + seconds + " ELSE 0 END)" + join
                            + q.col(TimeEntryEntity.SERVICE_ID) + budgetFilter + " GROUP BY " + service + ", " + month,
                    List.of(Boolean.TRUE, budgetId), rs -> {
                        long[] row = rows.computeIfAbsent(rs.getLong(1) + ":" + rs.getInt(2), k -> new long[4]);
                        row[0] += rs.getLong(3);
                        row[1] += rs.getLong(4);
                    });
        }
        List<TimeTotals> result = new ArrayList<>();
        rows.forEach((key, v) -> {
            String[] parts = key.split(":");
            result.add(new TimeTotals(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), v[0], v[1], v[2], v[3]));
        });
        return result;
    }

    private List<ExpenseTotals> expenses(AoSql q, long budgetId, boolean approvalRequired) {
        String date = q.col(ExpenseEntity.EXPENSE_DATE);
        String status = q.col(ExpenseEntity.STATUS);
        // per day and status, not per month: substring functions differ between databases; the rows are few
        String sql = "SELECT " + date + ", " + status + ", SUM(" + q.col(ExpenseEntity.AMOUNT_MINOR) + " * (10000 + "
                + q.col(ExpenseEntity.MARKUP_BASIS_POINTS) + ")) FROM " + q.table(ExpenseEntity.class)
                + " WHERE " + q.col(ExpenseEntity.BUDGET_ID) + " = ? AND " + q.col(ExpenseEntity.BILLABLE) + " = ?"
                + " GROUP BY " + date + ", " + status;
        Map<Integer, BigInteger[]> byMonth = new LinkedHashMap<>();
        q.query(sql, List.of(budgetId, Boolean.TRUE), rs -> {
            String day = rs.getString(1);
            ApprovalStatus state = ApprovalStatus.valueOf(rs.getString(2));
            BigDecimal sum = rs.getBigDecimal(3);
            int month = Integer.parseInt(day.substring(0, 4)) * 100 + Integer.parseInt(day.substring(5, 7));
            BigInteger[] totals = byMonth.computeIfAbsent(month, k -> new BigInteger[]{BigInteger.ZERO, BigInteger.ZERO});
            BigInteger value = sum == null ? BigInteger.ZERO : sum.toBigIntegerExact();
            // with approval only APPROVED counts as used and PENDING waits; without, every expense counts
            if (!approvalRequired || state == ApprovalStatus.APPROVED) {
                totals[0] = totals[0].add(value);
            } else if (state == ApprovalStatus.PENDING) {
                totals[1] = totals[1].add(value);
            }
        });
        List<ExpenseTotals> result = new ArrayList<>();
        byMonth.forEach((month, totals) -> result.add(new ExpenseTotals(month, totals[0], totals[1])));
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
