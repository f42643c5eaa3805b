package io.github.clientbudgets.bench;

import io.github.clientbudgets.approval.ApprovalService;
import io.github.clientbudgets.audit.AuditEntity;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetEntity;
import io.github.clientbudgets.budget.BudgetInput;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.period.FrozenPeriodEntity;
import io.github.clientbudgets.period.PeriodFigures;
import io.github.clientbudgets.period.RetainerBudgets;
import io.github.clientbudgets.period.RetainerPeriods;
import io.github.clientbudgets.period.RetainerTermsEntity;
import io.github.clientbudgets.period.RetainerTermsInput;
import io.github.clientbudgets.service.ServiceEntity;
import io.github.clientbudgets.timeentry.TimeEntryEntity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 8. A retainer's periods through the plugin's {@code RetainerPeriods.periods} (budget from the store, terms and
 * frozen periods through AO, one GROUP BY month of approved time, the ledger), against plain JDBC on one open
 * connection: the budget's approval flag and dates, the terms row, the same GROUP BY, the frozen rows, and a
 * hand-written monthly carry-over loop. For the run the 20 sample budgets become monthly retainers (160 h, carry-over
 * capped at 40 h, through the plugin's budget update) with their first month of time (June) locked, so one period
 * is read frozen; afterwards they go back to time and materials, unlocked, their audit rows removed (their versions
 * stay raised). Figures of both sides are checked equal before measuring.
 */
public final class RetainerPeriodsScenario implements Scenario {
    private static final long HOUR = 3600;
    private static final long ALLOWANCE = 160 * HOUR;
    private static final long CAP = 40 * HOUR;
    private static final YearMonth LOCKED = YearMonth.of(2026, 6);

    @Override
    public String id() {
        return "8";
    }

    @Override
    public String name() {
        return "8 retainer periods";
    }

    @Override
    public List<Row> run(BenchContext ctx) throws Exception {
        RetainerPeriods periods = ctx.bean(RetainerPeriods.class);
        RetainerBudgets retainers = ctx.bean(RetainerBudgets.class);
        BudgetStore store = ctx.bean(BudgetStore.class);
        ApprovalService approvals = ctx.bean(ApprovalService.class);
        AoNames n = ctx.names();
        LocalDate today = LocalDate.now();
        List<Long> budgets = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long id = ctx.budget(i);
            if (!budgets.contains(id)) {
                budgets.add(id);
            }
        }
        long auditBefore = maxId(ctx, n.table(AuditEntity.class), n.col("ID"));
        try {
            for (long id : budgets) {
                retainers.update("pm", id, input(store.budget(id).orElseThrow(), "RETAINER"),
                        new RetainerTermsInput("MONTHLY", "160", null, "CARRY_OVER", "40", null, null));
                approvals.lock("pm", id, LOCKED);
            }
            return List.of(measure(ctx, periods, n, budgets, today));
        } finally {
            for (long id : budgets) {
                approvals.unlock("pm", id, LOCKED);
                retainers.update("pm", id, input(store.budget(id).orElseThrow(), "TIME_AND_MATERIALS"), null);
            }
            try (Connection c = ctx.connect(); PreparedStatement ps = c.prepareStatement("DELETE FROM "
                    + n.table(AuditEntity.class) + " WHERE " + n.col("ID") + " > ?")) {
                ps.setLong(1, auditBefore);
                ps.executeUpdate();
            }
        }
    }

    private Row measure(BenchContext ctx, RetainerPeriods periods, AoNames n, List<Long> budgets, LocalDate today)
            throws SQLException {
        Plain plain = new Plain(n);
        int months = 0;
        try (Connection c = ctx.connect()) {
            for (long id : budgets) {
                List<PeriodFigures> ours = periods.periods(id, today);
                List<long[]> theirs = plain.periods(c, id, YearMonth.from(today));
                if (ours.size() != theirs.size()) {
                    throw new IllegalStateException("budget " + id + ": " + ours.size() + " vs " + theirs.size());
                }
                for (int k = 0; k < ours.size(); k++) {
                    PeriodFigures f = ours.get(k);
                    long[] p = theirs.get(k);
                    if (f.usedSeconds() != p[0] || f.carriedInSeconds() != p[1] || f.carriedOutSeconds() != p[2]
                            || f.locked() != (p[3] == 1)) {
                        throw new IllegalStateException("budget " + id + " " + f + " vs " + java.util.Arrays.toString(p));
                    }
                }
                months = ours.size();
            }
            List<Long> sample = budgets;
            Measure.Pair pair = Measure.interleaved(ctx.warmup() * 5, ctx.runs() * 3,
                    i -> {
                        try {
                            plain.periods(c, sample.get(Math.floorMod(i, sample.size())), YearMonth.from(today));
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    i -> periods.periods(sample.get(Math.floorMod(i, sample.size())), today));
            return new Row(name(), ctx.db(), ctx.scale(), pair.ours(), pair.baseline(), pair.ratio(), "<= 1.5x plain",
                    pair.ratio() <= 1.5, String.format(java.util.Locale.ROOT, "%d budgets, %d monthly periods each "
                            + "(one frozen), same figures checked; thread CPU %.2f vs %.2f ms (%.1fx)", sample.size(),
                    months, pair.oursCpuMs(), pair.baselineCpuMs(), pair.cpuRatio()));
        }
    }

    /** The plain JDBC side: four statements and the carry-over rule written out for monthly periods. */
    private static final class Plain {
        final String budgetSql;
        final String termsSql;
        final String approvedSql;
        final String liveSql;
        final String frozenSql;

        Plain(AoNames n) {
            String t = n.table(TimeEntryEntity.class);
            String s = n.table(ServiceEntity.class);
            budgetSql = "SELECT " + n.col(BudgetEntity.APPROVAL_REQUIRED) + ", " + n.col(BudgetEntity.START_DATE) + ", "
                    + n.col(BudgetEntity.END_DATE) + " FROM " + n.table(BudgetEntity.class) + " WHERE " + n.col("ID")
                    + " = ?";
            termsSql = "SELECT " + n.col(RetainerTermsEntity.ALLOWANCE_SECONDS) + ", "
                    + n.col(RetainerTermsEntity.ROLLOVER_CAP_SECONDS) + " FROM " + n.table(RetainerTermsEntity.class)
                    + " WHERE " + n.col(RetainerTermsEntity.BUDGET_ID) + " = ?";
            approvedSql = "SELECT t." + n.col(TimeEntryEntity.APPROVED_MONTH) + ", SUM(t."
                    + n.col(TimeEntryEntity.APPROVED_SECONDS) + ") FROM " + t + " t JOIN " + s + " s ON s." + n.col("ID")
                    + " = t." + n.col(TimeEntryEntity.APPROVED_SERVICE_ID) + " WHERE s." + n.col(ServiceEntity.BUDGET_ID)
                    + " = ? AND t." + n.col(TimeEntryEntity.APPROVED_SECONDS) + " IS NOT NULL GROUP BY t."
                    + n.col(TimeEntryEntity.APPROVED_MONTH);
            liveSql = "SELECT t." + n.col(TimeEntryEntity.WORK_MONTH) + ", SUM(t." + n.col(TimeEntryEntity.SECONDS)
                    + ") FROM " + t + " t JOIN " + s + " s ON s." + n.col("ID") + " = t."
                    + n.col(TimeEntryEntity.SERVICE_ID) + " WHERE s." + n.col(ServiceEntity.BUDGET_ID) + " = ? GROUP BY t."
                    + n.col(TimeEntryEntity.WORK_MONTH);
            frozenSql = "SELECT " + n.col(FrozenPeriodEntity.PERIOD_KEY) + ", " + n.col(FrozenPeriodEntity.USED_SECONDS)
                    + ", " + n.col(FrozenPeriodEntity.CARRIED_IN_SECONDS) + ", "
                    + n.col(FrozenPeriodEntity.CARRIED_OUT_SECONDS) + " FROM " + n.table(FrozenPeriodEntity.class)
                    + " WHERE " + n.col(FrozenPeriodEntity.BUDGET_ID) + " = ?";
        }

        /** Per month from the start to {@code through}: {used, carried in, carried out, locked 0/1}. */
        List<long[]> periods(Connection c, long budgetId, YearMonth through) throws SQLException {
            boolean approval;
            YearMonth first;
            YearMonth last;
            try (PreparedStatement ps = c.prepareStatement(budgetSql)) {
                ps.setLong(1, budgetId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    approval = rs.getBoolean(1);
                    first = YearMonth.from(LocalDate.parse(rs.getString(2)));
                    String end = rs.getString(3);
                    last = end == null ? through : YearMonth.from(LocalDate.parse(end));
                }
            }
            long allowance;
            long cap;
            try (PreparedStatement ps = c.prepareStatement(termsSql)) {
                ps.setLong(1, budgetId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    allowance = rs.getLong(1);
                    cap = rs.getLong(2);
                }
            }
            Map<Integer, Long> used = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(approval ? approvedSql : liveSql)) {
                ps.setLong(1, budgetId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        used.put(rs.getInt(1), rs.getLong(2));
                    }
                }
            }
            Map<String, long[]> frozen = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(frozenSql)) {
                ps.setLong(1, budgetId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        frozen.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3), rs.getLong(4), 1});
                    }
                }
            }
            List<long[]> result = new ArrayList<>();
            YearMonth end = through.isBefore(last) ? through : last;
            long carriedIn = 0;
            for (YearMonth m = first; !m.isAfter(end); m = m.plusMonths(1)) {
                long[] row = frozen.get(m.toString());
                if (row == null) {
                    long u = used.getOrDefault(m.getYear() * 100 + m.getMonthValue(), 0L);
                    long remaining = allowance + carriedIn - u;
                    long out = m.equals(last) ? 0 : Math.min(cap, Math.max(0, Math.min(allowance, remaining)));
                    row = new long[]{u, carriedIn, out, 0};
                }
                result.add(row);
                carriedIn = row[2];
            }
            return result;
        }
    }

    private static BudgetInput input(Budget b, String type) {
        BudgetInput in = new BudgetInput();
        in.projectKey = null;
        in.name = b.name();
        in.type = type;
        in.currency = b.currency().getCurrencyCode();
        in.startDate = b.startDate().toString();
        in.endDate = b.endDate() == null ? null : b.endDate().toString();
        in.totalAmount = b.totalAmount() == null ? null : b.totalAmount().toPlainString();
        in.totalHours = b.totalSeconds() == null ? null
                : java.math.BigDecimal.valueOf(b.totalSeconds()).divide(java.math.BigDecimal.valueOf(HOUR)).toPlainString();
        in.ownerKey = b.ownerKey();
        in.status = b.status().name();
        in.approvalRequired = b.approvalRequired();
        in.clientAccess = b.clientAccess();
        in.showPersonNames = b.showPersonNames();
        in.showComments = b.showComments();
        in.alertWarnPercent = b.alertWarnPercent();
        in.alertCriticalPercent = b.alertCriticalPercent();
        in.version = b.version();
        return in;
    }

    private static long maxId(BenchContext ctx, String table, String id) throws SQLException {
        try (Connection c = ctx.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(" + id + ") FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
