package io.github.clientbudgets.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.attribution.IssueServiceEntity;
import io.github.clientbudgets.budget.BudgetEntity;
import io.github.clientbudgets.service.ServiceEntity;
import io.github.clientbudgets.timeentry.AoTimeEntryStore;
import io.github.clientbudgets.timeentry.JiraWorklogSource;
import io.github.clientbudgets.timeentry.Resync;
import io.github.clientbudgets.timeentry.TimeEntryEntity;
import io.github.clientbudgets.timeentry.TimeEntryProjection;
import io.github.clientbudgets.timeentry.TimeEntryStore;
import io.github.clientbudgets.timeentry.WorklogSource;
import io.github.clientbudgets.timeentry.WorklogState;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * 5. Resync: the plugin's {@link Resync} (over {@link JiraWorklogSource} on the dev host's managers, projecting each
 * worklog through {@link TimeEntryProjection}) rebuilding the time entries of an empty table, against a plain JDBC
 * copy (one streaming SELECT of worklogs with issue and service, batched INSERTs of the same columns). Both rebuild
 * the time entries of the first K projects, K such that at most {@code bench.resyncCap} worklogs (default 20,000,
 * property bench.resyncCap) are copied, so 1M runs stay within the session; the database is the full one. The entries are restored
 * as generated afterwards. Heap: the largest live heap after a GC during our run, above the idle host.
 */
public final class ResyncScenario implements Scenario {
    private static final long MIB = 1024 * 1024;

    @Override
    public String id() {
        return "5";
    }

    @Override
    public String name() {
        return "5 resync vs JDBC copy";
    }

    @Override
    public List<Row> run(BenchContext ctx) throws Exception {
        long cap = Long.getLong("bench.resyncCap", 20_000);
        long perProject = ctx.shape().entries() / ctx.shape().projects();
        int k = (int) Math.max(1, Math.min(ctx.shape().projects(), cap / perProject));
        List<Long> projects = ctx.bean(JiraWorklogSource.class).projectIds().subList(0, k);
        long worklogs = k * perProject;
        WorklogSource all = ctx.bean(JiraWorklogSource.class);
        WorklogSource some = new WorklogSource() {
            @Override
            public List<Long> projectIds() {
                return projects;
            }

            @Override
            public List<Long> issueIds(long projectId) {
                return all.issueIds(projectId);
            }

            @Override
            public List<WorklogState> worklogsOf(long issueId) {
                return all.worklogsOf(issueId);
            }
        };
        ActiveObjects ao = ctx.hostService(ActiveObjects.class);
        Resync resync = new Resync(ao, some, ctx.bean(TimeEntryStore.class), ctx.bean(TimeEntryProjection.class),
                ctx.bean(io.github.clientbudgets.attribution.BudgetsAndAssignments.class));
        AoNames n = ctx.names();
        String t = n.table(TimeEntryEntity.class);
        String inProjects = n.col(TimeEntryEntity.PROJECT_ID) + " IN (" + projects.stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + ")";
        int runs = Integer.getInteger("bench.resyncRuns", 2);
        int warmup = ctx.scale() <= 10_000 ? 1 : 0;
        try (Connection c = ctx.connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_entries");
            s.execute("CREATE TABLE bench_entries AS SELECT * FROM " + t + " WHERE " + inProjects);
            long[] ours = new long[runs];
            long[] base = new long[runs];
            long peak = 0;
            long idle = 0;
            try {
                for (int i = 0; i < warmup + runs; i++) {
                    clear(s, ao, t, inProjects);
                    long t0 = System.nanoTime();
                    long copied = plainCopy(ctx, n, projects);
                    long t1 = System.nanoTime();
                    check(s, t, inProjects, worklogs, copied);
                    clear(s, ao, t, inProjects);
                    long t2;
                    long t3;
                    // a fresh run, not the resumption of one an earlier (interrupted) process left RUNNING
                    var state = resync.state();
                    state.setStatus("FINISHED");
                    state.save();
                    try (HeapWatch heap = new HeapWatch()) {
                        t2 = System.nanoTime();
                        Resync.Outcome outcome = resync.run(() -> false);
                        t3 = System.nanoTime();
                        if (!outcome.finished()) {
                            throw new IllegalStateException("resync did not finish");
                        }
                        if (i >= warmup) {
                            peak = Math.max(peak, heap.peakLiveBytes());
                            idle = heap.idleBytes();
                        }
                    }
                    check(s, t, inProjects, worklogs, worklogs);
                    if (i >= warmup) {
                        base[i - warmup] = t1 - t0;
                        ours[i - warmup] = t3 - t2;
                    }
                }
            } finally {
                clear(s, ao, t, inProjects);
                String cols = String.join(", ", BenchData.entryColumns(n));
                s.executeUpdate("INSERT INTO " + t + " (" + cols + ") SELECT " + cols + " FROM bench_entries");
                s.execute("DROP TABLE bench_entries");
                // as generated, statistics included: after rewriting a million rows PostgreSQL would otherwise plan
                // the next scenarios on stale statistics until autovacuum comes round
                s.execute(ctx.db().equals("postgres") ? "ANALYZE " + t : "ANALYZE TABLE " + t);
                ao.flushAll();
            }
            Measure.Stats o = Measure.ofNanos(ours);
            Measure.Stats b = Measure.ofNanos(base);
            double share = b.medianMs() / o.medianMs();
            long neededMiB = (peak - idle) / MIB;
            boolean pass = share >= 0.5 && neededMiB < 256;
            String note = String.format(Locale.ROOT, "%,d worklogs (%d of %d projects); ours %,.0f/s, copy %,.0f/s;"
                            + " heap: peak live %d MiB, +%d MiB over idle", worklogs, k, ctx.shape().projects(),
                    worklogs / (o.medianMs() / 1000), worklogs / (b.medianMs() / 1000), peak / MIB, neededMiB);
            return List.of(new Row(name(), ctx.db(), ctx.scale(), o, b, share, ">= 0.50x, <256MiB", pass, note));
        }
    }

    private static void clear(Statement s, ActiveObjects ao, String t, String inProjects) throws Exception {
        s.executeUpdate("DELETE FROM " + t + " WHERE " + inProjects);
        ao.flushAll();
    }

    private static void check(Statement s, String t, String inProjects, long expected, long copied) throws Exception {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t + " WHERE " + inProjects)) {
            rs.next();
            if (rs.getLong(1) != expected || copied != expected) {
                throw new IllegalStateException("expected " + expected + " time entries, found " + rs.getLong(1)
                        + " (copied " + copied + ")");
            }
        }
    }

    /** The database's own speed: stream the worklogs with what attribution needs, insert the entries in batches. */
    private static long plainCopy(BenchContext ctx, AoNames n, List<Long> projects) throws Exception {
        ZoneId zone = ZoneId.systemDefault();
        String select = "SELECT w.id, w.issueid, i.parent_id, i.project, w.author, w.startdate, w.timeworked,"
                + " w.worklogbody, COALESCE(a." + n.col(IssueServiceEntity.SERVICE_ID) + ", pa."
                + n.col(IssueServiceEntity.SERVICE_ID) + "), b." + n.col(BudgetEntity.APPROVAL_REQUIRED)
                + " FROM worklog w JOIN jiraissue i ON i.id = w.issueid"
                + " LEFT JOIN " + n.table(IssueServiceEntity.class) + " a ON a." + n.col(IssueServiceEntity.ISSUE_ID) + " = i.id"
                + " LEFT JOIN " + n.table(IssueServiceEntity.class) + " pa ON pa." + n.col(IssueServiceEntity.ISSUE_ID) + " = i.parent_id"
                + " LEFT JOIN " + n.table(ServiceEntity.class) + " s ON s." + n.col("ID") + " = COALESCE(a."
                + n.col(IssueServiceEntity.SERVICE_ID) + ", pa." + n.col(IssueServiceEntity.SERVICE_ID) + ")"
                + " LEFT JOIN " + n.table(BudgetEntity.class) + " b ON b." + n.col("ID") + " = s." + n.col(ServiceEntity.BUDGET_ID)
                + " WHERE i.project IN (" + projects.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        String insert = "INSERT INTO " + n.table(TimeEntryEntity.class) + " (" + String.join(", ", n.col(TimeEntryEntity.WORKLOG_ID),
                n.col(TimeEntryEntity.ISSUE_ID), n.col(TimeEntryEntity.PARENT_ISSUE_ID), n.col(TimeEntryEntity.PROJECT_ID),
                n.col(TimeEntryEntity.AUTHOR_KEY), n.col(TimeEntryEntity.STARTED), n.col(TimeEntryEntity.WORK_DAY),
                n.col(TimeEntryEntity.WORK_MONTH), n.col(TimeEntryEntity.SECONDS), n.col(TimeEntryEntity.COMMENT),
                n.col(TimeEntryEntity.SERVICE_ID), n.col(TimeEntryEntity.BILLABLE), n.col(TimeEntryEntity.STATUS),
                n.col(TimeEntryEntity.REVISION)) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        long count = 0;
        try (Connection read = ctx.connect(); Connection write = ctx.connect();
             PreparedStatement in = read.prepareStatement(select); PreparedStatement out = write.prepareStatement(insert)) {
            read.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            write.setAutoCommit(false);
            in.setFetchSize(1000);
            try (ResultSet rs = in.executeQuery()) {
                while (rs.next()) {
                    Timestamp start = rs.getTimestamp(6);
                    LocalDate day = start.toInstant().atZone(zone).toLocalDate();
                    long service = rs.getLong(9);
                    boolean attributed = !rs.wasNull();
                    boolean approval = rs.getBoolean(10);
                    out.setLong(1, rs.getLong(1));
                    out.setLong(2, rs.getLong(2));
                    long parent = rs.getLong(3);
                    if (rs.wasNull()) {
                        out.setNull(3, java.sql.Types.BIGINT);
                    } else {
                        out.setLong(3, parent);
                    }
                    out.setLong(4, rs.getLong(4));
                    out.setString(5, rs.getString(5));
                    out.setTimestamp(6, start);
                    out.setInt(7, AoTimeEntryStore.day(day));
                    out.setInt(8, AoTimeEntryStore.month(day));
                    out.setLong(9, rs.getLong(7));
                    out.setString(10, rs.getString(8));
                    if (attributed) {
                        out.setLong(11, service);
                    } else {
                        out.setNull(11, java.sql.Types.BIGINT);
                    }
                    out.setBoolean(12, true);
                    out.setString(13, attributed && approval ? "PENDING" : "APPROVED");
                    out.setString(14, "NONE");
                    out.addBatch();
                    if (++count % 1000 == 0) {
                        out.executeBatch();
                    }
                }
            }
            out.executeBatch();
            write.commit();
            read.commit();
        }
        return count;
    }
}
