package io.github.clientbudgets.signoff;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetEntity;
import io.github.clientbudgets.common.AoSql;
import io.github.clientbudgets.expense.ExpenseEntity;
import io.github.clientbudgets.service.ServiceEntity;
import io.github.clientbudgets.timeentry.TimeEntryEntity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The approved figures of a budget's month, as the client sees them, read as SQL on AO's tables: under approval the
 * published snapshot of approved entries (never live values, pending or rejected rows) and approved billable
 * expenses; without approval the live time and every billable expense. Entries count only inside the budget's dates,
 * as on the portal.
 */
public class StatementQueries {
    private final ActiveObjects ao;

    public StatementQueries(ActiveObjects ao) {
        this.ao = ao;
    }

    public Statement statement(Budget budget, YearMonth month) {
        AoSql q = sql(budget.id());
        int scale = budget.currency().getDefaultFractionDigits();
        boolean snapshot = budget.approvalRequired();
        String t = "t.";
        String day = t + q.col(snapshot ? TimeEntryEntity.APPROVED_DAY : TimeEntryEntity.WORK_DAY);
        String seconds = t + q.col(snapshot ? TimeEntryEntity.APPROVED_SECONDS : TimeEntryEntity.SECONDS);
        String service = t + q.col(snapshot ? TimeEntryEntity.APPROVED_SERVICE_ID : TimeEntryEntity.SERVICE_ID);
        String billable = t + q.col(snapshot ? TimeEntryEntity.APPROVED_BILLABLE : TimeEntryEntity.BILLABLE);
        String monthCol = t + q.col(snapshot ? TimeEntryEntity.APPROVED_MONTH : TimeEntryEntity.WORK_MONTH);
        List<Object> params = new ArrayList<>(List.of(budget.id(), month.getYear() * 100 + month.getMonthValue()));
        String sql = "SELECT t." + q.col("ID") + ", t." + q.col(TimeEntryEntity.WORKLOG_ID) + ", " + day + ", " + seconds
                + ", " + service + ", " + billable + ", t." + q.col(TimeEntryEntity.REVIEWED_AT) + " FROM "
                + q.table(TimeEntryEntity.class) + " t JOIN " + q.table(ServiceEntity.class) + " s ON s." + q.col("ID")
                + " = " + service + " WHERE s." + q.col(ServiceEntity.BUDGET_ID) + " = ? AND " + monthCol + " = ? AND "
                + seconds + (snapshot ? " IS NOT NULL" : " > 0");
        if (budget.startDate() != null) {
            sql += " AND " + day + " >= ?";
            params.add(yyyymmdd(budget.startDate()));
        }
        if (budget.endDate() != null) {
            sql += " AND " + day + " <= ?";
            params.add(yyyymmdd(budget.endDate()));
        }
        List<Statement.Entry> entries = new ArrayList<>();
        Set<Long> services = new HashSet<>();
        q.query(sql, params, rs -> {
            int d = rs.getInt(3);
            Timestamp reviewed = snapshot ? rs.getTimestamp(7) : null;
            entries.add(new Statement.Entry(rs.getLong(1), rs.getLong(2), LocalDate.of(d / 10_000, d / 100 % 100, d % 100),
                    rs.getLong(4), rs.getLong(5), rs.getBoolean(6), reviewed == null ? null : reviewed.toInstant()));
            services.add(rs.getLong(5));
        });
        List<Statement.Service> rates = new ArrayList<>();
        if (!services.isEmpty()) {
            q.query("SELECT " + q.col("ID") + ", " + q.col(ServiceEntity.BILLING) + ", " + q.col(ServiceEntity.RATE_MINOR)
                    + " FROM " + q.table(ServiceEntity.class) + " WHERE " + q.col(ServiceEntity.BUDGET_ID) + " = ?",
                    List.of(budget.id()), rs -> {
                        if (services.contains(rs.getLong(1))) {
                            long rate = rs.getLong(3);
                            BigDecimal value = rs.wasNull() ? null : BigDecimal.valueOf(rate).movePointLeft(scale);
                            rates.add(new Statement.Service(rs.getLong(1), rs.getString(2), value));
                        }
                    });
        }
        List<Object> xParams = new ArrayList<>(List.of(budget.id(), Boolean.TRUE, month + "-%"));
        String xSql = "SELECT " + q.col("ID") + ", " + q.col(ExpenseEntity.EXPENSE_DATE) + ", " + q.col(ExpenseEntity.AMOUNT_MINOR)
                + ", " + q.col(ExpenseEntity.MARKUP_BASIS_POINTS) + ", " + q.col(ExpenseEntity.SERVICE_ID) + " FROM "
                + q.table(ExpenseEntity.class) + " WHERE " + q.col(ExpenseEntity.BUDGET_ID) + " = ? AND "
                + q.col(ExpenseEntity.BILLABLE) + " = ? AND " + q.col(ExpenseEntity.EXPENSE_DATE) + " LIKE ?";
        if (snapshot) {
            xSql += " AND " + q.col(ExpenseEntity.STATUS) + " = ?";
            xParams.add("APPROVED");
        }
        List<Statement.Expense> expenses = new ArrayList<>();
        q.query(xSql, xParams, rs -> {
            BigInteger times10k = BigInteger.valueOf(rs.getLong(3)).multiply(BigInteger.valueOf(10_000 + rs.getLong(4)));
            BigDecimal amount = new BigDecimal(times10k).divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP)
                    .movePointLeft(scale);
            long s = rs.getLong(5);
            Long serviceId = rs.wasNull() ? null : s;
            expenses.add(new Statement.Expense(rs.getLong(1), LocalDate.parse(rs.getString(2)), amount, serviceId));
        });
        return new Statement(budget.id(), month, budget.currency().getCurrencyCode(), scale, rates, entries, expenses);
    }

    /** The months (ascending) in which the budget has figures the client sees: the months one could sign off. */
    public List<YearMonth> monthsWithFigures(Budget budget) {
        AoSql q = sql(budget.id());
        boolean snapshot = budget.approvalRequired();
        String seconds = "t." + q.col(snapshot ? TimeEntryEntity.APPROVED_SECONDS : TimeEntryEntity.SECONDS);
        String service = "t." + q.col(snapshot ? TimeEntryEntity.APPROVED_SERVICE_ID : TimeEntryEntity.SERVICE_ID);
        String monthCol = "t." + q.col(snapshot ? TimeEntryEntity.APPROVED_MONTH : TimeEntryEntity.WORK_MONTH);
        Set<YearMonth> months = new TreeSet<>();
        q.query("SELECT DISTINCT " + monthCol + " FROM " + q.table(TimeEntryEntity.class) + " t JOIN "
                + q.table(ServiceEntity.class) + " s ON s." + q.col("ID") + " = " + service + " WHERE s."
                + q.col(ServiceEntity.BUDGET_ID) + " = ? AND " + seconds + (snapshot ? " IS NOT NULL" : " > 0"),
                List.of(budget.id()), rs -> months.add(YearMonth.of(rs.getInt(1) / 100, rs.getInt(1) % 100)));
        List<Object> xParams = new ArrayList<>(List.of(budget.id(), Boolean.TRUE));
        String xSql = "SELECT DISTINCT " + q.col(ExpenseEntity.EXPENSE_DATE) + " FROM " + q.table(ExpenseEntity.class)
                + " WHERE " + q.col(ExpenseEntity.BUDGET_ID) + " = ? AND " + q.col(ExpenseEntity.BILLABLE) + " = ?";
        if (snapshot) {
            xSql += " AND " + q.col(ExpenseEntity.STATUS) + " = ?";
            xParams.add("APPROVED");
        }
        q.query(xSql, xParams, rs -> months.add(YearMonth.parse(rs.getString(1).substring(0, 7))));
        // months outside the budget's dates have nothing the client sees; statement() decides per month
        return months.stream().filter(m -> (budget.startDate() == null || !m.isBefore(YearMonth.from(budget.startDate())))
                && (budget.endDate() == null || !m.isAfter(YearMonth.from(budget.endDate())))).toList();
    }

    private static int yyyymmdd(LocalDate day) {
        return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    private AoSql sql(long budgetId) {
        BudgetEntity budget = budgetId <= 0 || budgetId > Integer.MAX_VALUE ? null : ao.get(BudgetEntity.class, (int) budgetId);
        if (budget == null) {
            throw new IllegalArgumentException("No budget " + budgetId);
        }
        return AoSql.of(budget);
    }

}
