package io.github.clientbudgets.bench;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetEntity;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.expense.ExpenseEntity;
import io.github.clientbudgets.service.ServiceEntity;
import io.github.clientbudgets.summary.ServiceSummary;
import io.github.clientbudgets.summary.Summary;
import io.github.clientbudgets.summary.SummaryService;
import io.github.clientbudgets.timeentry.TimeEntryEntity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * 1. A budget's summary (per service: used = approved, and pending; plus expenses) through the plugin's
 * {@code SummaryService.compute} (budget row from the store, AO aggregates), against the plain SQL that computes the
 * same numbers on one open JDBC connection: the budget's approval flag, one UNION ALL aggregate of approved and
 * pending seconds per service and month, the expense aggregate. Budgets rotate over 20 spread over the data.
 */
public final class SummaryScenario implements Scenario {
    @Override
    public String id() {
        return "1";
    }

    @Override
    public String name() {
        return "1 budget summary";
    }

    @Override
    public List<Row> run(BenchContext ctx) throws Exception {
        SummaryService summaries = ctx.bean(SummaryService.class);
        BudgetStore store = ctx.bean(BudgetStore.class);
        AoNames n = ctx.names();
        String t = n.table(TimeEntryEntity.class);
        String s = n.table(ServiceEntity.class);
        String svc = "s." + n.col("ID");
        String approvedSql = "SELECT t." + n.col(TimeEntryEntity.APPROVED_SERVICE_ID) + " AS svc, t."
                + n.col(TimeEntryEntity.APPROVED_MONTH) + " AS mon, t." + n.col(TimeEntryEntity.APPROVED_SECONDS)
                + " AS used, 0 AS pend FROM " + t + " t JOIN " + s + " s ON " + svc + " = t."
                + n.col(TimeEntryEntity.APPROVED_SERVICE_ID) + " WHERE s." + n.col(ServiceEntity.BUDGET_ID) + " = ?";
        String pendingSql = "SELECT t." + n.col(TimeEntryEntity.SERVICE_ID) + ", t." + n.col(TimeEntryEntity.WORK_MONTH)
                + ", 0, t." + n.col(TimeEntryEntity.SECONDS) + " FROM " + t + " t JOIN " + s + " s ON " + svc + " = t."
                + n.col(TimeEntryEntity.SERVICE_ID) + " WHERE s." + n.col(ServiceEntity.BUDGET_ID) + " = ? AND t."
                + n.col(TimeEntryEntity.STATUS) + " = 'PENDING'";
        String liveSql = "SELECT t." + n.col(TimeEntryEntity.SERVICE_ID) + " AS svc, t." + n.col(TimeEntryEntity.WORK_MONTH)
                + " AS mon, t." + n.col(TimeEntryEntity.SECONDS) + " AS used, 0 AS pend FROM " + t + " t JOIN " + s
                + " s ON " + svc + " = t." + n.col(TimeEntryEntity.SERVICE_ID) + " WHERE s."
                + n.col(ServiceEntity.BUDGET_ID) + " = ?";
        String withApproval = "SELECT svc, mon, SUM(used), SUM(pend) FROM (" + approvedSql + " UNION ALL " + pendingSql
                + ") x GROUP BY svc, mon";
        String withoutApproval = "SELECT svc, mon, SUM(used), SUM(pend) FROM (" + liveSql + ") x GROUP BY svc, mon";
        String budgetSql = "SELECT " + n.col(BudgetEntity.APPROVAL_REQUIRED) + " FROM " + n.table(BudgetEntity.class)
                + " WHERE " + n.col("ID") + " = ?";
        String expenseSql = "SELECT " + n.col(ExpenseEntity.STATUS) + ", SUM(" + n.col(ExpenseEntity.AMOUNT_MINOR)
                + ") FROM " + n.table(ExpenseEntity.class) + " WHERE " + n.col(ExpenseEntity.BUDGET_ID) + " = ? GROUP BY "
                + n.col(ExpenseEntity.STATUS);

        if (Boolean.getBoolean("bench.explain")) {
            explain(ctx, withApproval, ctx.budget(0), true);
            explain(ctx, withoutApproval, ctx.budget(1), false);
        }
        try (Connection c = ctx.connect()) {
            // the same numbers both ways, before measuring
            for (int i = 0; i < 3; i++) {
                long[] plain = plain(c, budgetSql, withApproval, withoutApproval, expenseSql, ctx.budget(i));
                Summary summary = summaries.compute(store.budget(ctx.budget(i)).orElseThrow());
                long used = summary.services().stream().mapToLong(ServiceSummary::usedSeconds).sum();
                long pending = summary.services().stream().mapToLong(ServiceSummary::pendingSeconds).sum();
                if (used != plain[0] || pending != plain[1]) {
                    throw new IllegalStateException("summary differs from the plain aggregate for budget " + ctx.budget(i)
                            + ": " + used + "/" + pending + " vs " + plain[0] + "/" + plain[1]);
                }
            }
            Measure.Pair pair = Measure.interleaved(ctx.warmup() * 5, ctx.runs() * 3,
                    i -> {
                        try {
                            plain(c, budgetSql, withApproval, withoutApproval, expenseSql, ctx.budget(i));
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    i -> summaries.compute(store.budget(ctx.budget(i)).orElseThrow()));
            return List.of(new Row(name(), ctx.db(), ctx.scale(), pair.ours(), pair.baseline(), pair.ratio(),
                    "<= 1.5x plain", pair.ratio() <= 1.5, String.format(java.util.Locale.ROOT,
                    "same totals checked; thread CPU %.2f vs %.2f ms (%.1fx)", pair.oursCpuMs(), pair.baselineCpuMs(),
                    pair.cpuRatio())));
        }
    }

    /** Prints the database's plan of the summary's aggregate ({@code -Dbench.explain=true}). */
    private static void explain(BenchContext ctx, String sql, long budgetId, boolean approval) throws SQLException {
        String prefix = ctx.database().isPostgres() ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ANALYZE ";
        try (Connection c = ctx.connect(); PreparedStatement ps = c.prepareStatement(prefix + sql)) {
            ps.setLong(1, budgetId);
            if (approval) {
                ps.setLong(2, budgetId);
            }
            System.out.println("    plan (" + ctx.db() + ", " + (approval ? "approval" : "no approval") + "):");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    System.out.println("      " + rs.getString(1).replace("\n", "\n      "));
                }
            }
        }
    }

    /** @return {used seconds, pending seconds} over the budget's services */
    private static long[] plain(Connection c, String budgetSql, String withApproval, String withoutApproval,
                                String expenseSql, long budgetId) throws SQLException {
        boolean approval;
        try (PreparedStatement ps = c.prepareStatement(budgetSql)) {
            ps.setLong(1, budgetId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                approval = rs.getBoolean(1);
            }
        }
        long[] totals = new long[2];
        try (PreparedStatement ps = c.prepareStatement(approval ? withApproval : withoutApproval)) {
            ps.setLong(1, budgetId);
            if (approval) {
                ps.setLong(2, budgetId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    totals[0] += rs.getLong(3);
                    totals[1] += rs.getLong(4);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(expenseSql)) {
            ps.setLong(1, budgetId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(2);
                }
            }
        }
        return totals;
    }
}
