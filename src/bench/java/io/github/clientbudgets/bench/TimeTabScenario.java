package io.github.clientbudgets.bench;

import io.github.clientbudgets.budget.BudgetEntity;
import io.github.clientbudgets.portal.ClientTimeRow;
import io.github.clientbudgets.portal.Portal;
import io.github.clientbudgets.portal.PortalService;
import io.github.clientbudgets.portal.TimeFilter;
import io.github.clientbudgets.service.ServiceEntity;
import io.github.clientbudgets.timeentry.TimeEntryEntity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 2. The portal's Time tab: one page of 50 entries filtered by a period (from/to) and one service, through
 * {@code PortalService.time} (the portal as a generic client sees it, opened once per budget through the PM's
 * preview, outside the timing), against the plain SQL page query written here by hand (same filters, same order,
 * LIMIT 50 OFFSET 0) on one open JDBC connection. Two rows: budgets under approval (published snapshots only) and
 * budgets without (live time). The rows' ids are checked equal before measuring.
 */
public final class TimeTabScenario implements Scenario {
    static final LocalDate FROM = BenchData.FIRST_DAY.plusDays(10);
    static final LocalDate TO = BenchData.FIRST_DAY.plusDays(80);

    @Override
    public String id() {
        return "2";
    }

    @Override
    public String name() {
        return "2 portal Time tab page";
    }

    private record Case(long budgetId, long serviceId, Portal portal, TimeFilter filter) {
    }

    @Override
    public List<Row> run(BenchContext ctx) throws Exception {
        List<Row> rows = new ArrayList<>();
        rows.add(run(ctx, true));
        rows.add(run(ctx, false));
        return rows;
    }

    private Row run(BenchContext ctx, boolean approval) throws Exception {
        PortalService portal = ctx.bean(PortalService.class);
        AoNames n = ctx.names();
        String t = n.table(TimeEntryEntity.class);
        String day = "t." + n.col(approval ? TimeEntryEntity.APPROVED_DAY : TimeEntryEntity.WORK_DAY);
        String seconds = "t." + n.col(approval ? TimeEntryEntity.APPROVED_SECONDS : TimeEntryEntity.SECONDS);
        String service = "t." + n.col(approval ? TimeEntryEntity.APPROVED_SERVICE_ID : TimeEntryEntity.SERVICE_ID);
        String sql = "SELECT t." + n.col("ID") + ", " + day + ", " + seconds + ", " + service + ", t."
                + n.col(approval ? TimeEntryEntity.APPROVED_BILLABLE : TimeEntryEntity.BILLABLE) + ", t."
                + n.col(TimeEntryEntity.CLIENT_NOTE) + ", t."
                + n.col(approval ? TimeEntryEntity.APPROVED_COMMENT : TimeEntryEntity.COMMENT) + ", t."
                + n.col(TimeEntryEntity.AUTHOR_KEY) + ", t." + n.col(TimeEntryEntity.ISSUE_ID)
                + " FROM " + t + " t JOIN " + n.table(ServiceEntity.class) + " s ON s." + n.col("ID") + " = " + service
                + " WHERE s." + n.col(ServiceEntity.BUDGET_ID) + " = ? AND " + seconds + (approval ? " IS NOT NULL" : " > 0")
                + " AND " + day + " >= ? AND " + day + " <= ? AND " + service + " = ?"
                + " ORDER BY " + day + " DESC, t." + n.col("ID") + " DESC LIMIT 50 OFFSET 0";
        List<Case> cases = new ArrayList<>();
        try (Connection c = ctx.connect()) {
            for (int i = 0; i < 20 && cases.size() < 5; i++) {
                long b = ctx.budget(i);
                boolean required;
                try (PreparedStatement ps = c.prepareStatement("SELECT " + n.col(BudgetEntity.APPROVAL_REQUIRED)
                        + " FROM " + n.table(BudgetEntity.class) + " WHERE " + n.col("ID") + " = ?")) {
                    ps.setLong(1, b);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        required = rs.getBoolean(1);
                    }
                }
                if (required != approval) {
                    continue;
                }
                long svc;
                try (PreparedStatement ps = c.prepareStatement("SELECT MIN(" + n.col("ID") + ") FROM "
                        + n.table(ServiceEntity.class) + " WHERE " + n.col(ServiceEntity.BUDGET_ID) + " = ?")) {
                    ps.setLong(1, b);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        svc = rs.getLong(1);
                    }
                }
                Portal p = portal.preview("pm", b, null).portal();
                if (p == null || p.view().approvedOnly() != approval) {
                    throw new IllegalStateException("budget " + b + ": no client view as expected");
                }
                cases.add(new Case(b, svc, p, new TimeFilter(FROM, TO, svc, 0, TimeFilter.DEFAULT_LIMIT)));
            }
            if (cases.isEmpty()) {
                throw new IllegalStateException("no sample budget with approval " + approval);
            }
            int pageRows = 0;
            for (Case k : cases) {
                List<Long> plain = plain(c, sql, k);
                List<Long> ours = portal.time(k.portal(), k.filter()).rows().stream().map(r -> r.entry().id()).toList();
                if (!plain.equals(ours)) {
                    throw new IllegalStateException("page differs for budget " + k.budgetId() + ": " + ours + " vs " + plain);
                }
                pageRows += plain.size();
            }
            int avgRows = pageRows / cases.size();
            Measure.Pair pair = Measure.interleaved(ctx.warmup() * 5, ctx.runs() * 3,
                    i -> {
                        try {
                            plain(c, sql, cases.get(i % cases.size()));
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    i -> {
                        Case k = cases.get(i % cases.size());
                        portal.time(k.portal(), k.filter());
                    });
            // where ours spends it: the query class alone, the page's issue keys and its authors' names (the
            // generated budgets show person names), each looked up for every case's page in turn
            io.github.clientbudgets.portal.PortalQueries queries = ctx.bean(io.github.clientbudgets.portal.PortalQueries.class);
            io.github.clientbudgets.permission.Permissions perms = ctx.bean(io.github.clientbudgets.permission.Permissions.class);
            List<java.util.Set<Long>> issues = new ArrayList<>();
            List<java.util.Set<String>> authors = new ArrayList<>();
            for (Case k : cases) {
                java.util.Set<Long> is = new java.util.HashSet<>();
                java.util.Set<String> as = new java.util.HashSet<>();
                for (ClientTimeRow r : portal.time(k.portal(), k.filter()).rows()) {
                    is.add(r.entry().issueId());
                    if (r.entry().authorKey() != null) {
                        as.add(r.entry().authorKey());
                    }
                }
                issues.add(is);
                authors.add(as);
            }
            double q = Measure.single(ctx.warmup() * 5, ctx.runs(), i -> {
                Case k = cases.get(i % cases.size());
                queries.time(k.budgetId(), k.portal().view(), k.portal().budget().startDate(), k.portal().budget().endDate(), k.filter());
            }).medianMs();
            double ik = Measure.single(ctx.warmup() * 5, ctx.runs(), i -> perms.issueKeys(new java.util.HashSet<>(issues.get(i % cases.size())))).medianMs();
            double pn = Measure.single(ctx.warmup() * 5, ctx.runs(), i -> authors.get(i % cases.size()).forEach(perms::displayName)).medianMs();
            return new Row(name() + (approval ? " (approval)" : " (no appr.)"), ctx.db(), ctx.scale(), pair.ours(),
                    pair.baseline(), pair.ratio(), "<= 2x plain", pair.ratio() <= 2.0, String.format(Locale.ROOT,
                    "%d budgets, period+service filter, ~%d rows a page (same ids checked); thread CPU %.2f vs %.2f ms; parts: PortalQueries.time %.3f, issue keys %.3f (~%d issues), person names %.3f (~%d authors) ms",
                    cases.size(), avgRows, pair.oursCpuMs(), pair.baselineCpuMs(), q, ik,
                    issues.stream().mapToInt(java.util.Set::size).sum() / cases.size(), pn,
                    authors.stream().mapToInt(java.util.Set::size).sum() / cases.size()));
        }
    }

    private static List<Long> plain(Connection c, String sql, Case k) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, k.budgetId());
            ps.setInt(2, day(FROM));
            ps.setInt(3, day(TO));
            ps.setLong(4, k.serviceId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    rs.getInt(2);
                    rs.getLong(3);
                    rs.getLong(4);
                    rs.getBoolean(5);
                    rs.getString(6);
                    rs.getString(7);
                    rs.getString(8);
                    rs.getLong(9);
                }
            }
        }
        return ids;
    }

    private static int day(LocalDate d) {
        return d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }
}
