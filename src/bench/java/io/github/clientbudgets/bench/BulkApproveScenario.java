package io.github.clientbudgets.bench;

import io.github.clientbudgets.review.ApprovalAction;
import io.github.clientbudgets.approval.ApprovalService;
import io.github.clientbudgets.approval.BulkOutcome;
import io.github.clientbudgets.audit.AuditEntity;
import io.github.clientbudgets.budget.BudgetEntity;
import io.github.clientbudgets.service.ServiceEntity;
import io.github.clientbudgets.timeentry.TimeEntryEntity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * 3. Bulk approve 1,000 PENDING entries of budgets under approval as {@code pm} (budget owner and project admin,
 * never the author) through {@code ApprovalService.decide} (one transaction, compare-and-set per entry, an AO audit
 * row and a Jira audit event per transition), against plain JDBC in one transaction: one batched UPDATE of the
 * 1,000 rows' status, review and snapshot columns (with the same compare-and-set WHERE) and one batched INSERT of
 * 1,000 audit rows. Before each side, outside the timing, the 1,000 entries go back to PENDING as generated
 * (review and snapshot cleared) and their audit rows are deleted; afterwards too, so the data stays as generated.
 */
public final class BulkApproveScenario implements Scenario {
    static final int BULK = 1000;

    @Override
    public String id() {
        return "3";
    }

    @Override
    public String name() {
        return "3 bulk approve 1,000 + audit";
    }

    @Override
    public List<Row> run(BenchContext ctx) throws Exception {
        ApprovalService approvals = ctx.bean(ApprovalService.class);
        AoNames n = ctx.names();
        String t = n.table(TimeEntryEntity.class);
        String a = n.table(AuditEntity.class);
        String id = n.col("ID");
        List<long[]> picked = new ArrayList<>(); // {entry id, budget id}
        try (Connection c = ctx.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT t." + id + ", sv." + n.col(ServiceEntity.BUDGET_ID) + " FROM " + t
                     + " t JOIN " + n.table(ServiceEntity.class) + " sv ON sv." + id + " = t." + n.col(TimeEntryEntity.SERVICE_ID)
                     + " JOIN " + n.table(BudgetEntity.class) + " b ON b." + id + " = sv." + n.col(ServiceEntity.BUDGET_ID)
                     + " WHERE b." + n.col(BudgetEntity.APPROVAL_REQUIRED) + " = TRUE AND t." + n.col(TimeEntryEntity.STATUS)
                     + " = 'PENDING' AND t." + n.col(TimeEntryEntity.REVISION) + " = 'NONE' AND t."
                     + n.col(TimeEntryEntity.AUTHOR_KEY) + " <> 'pm' ORDER BY t." + id)) {
            while (rs.next() && picked.size() < BULK) {
                picked.add(new long[]{rs.getLong(1), rs.getLong(2)});
            }
        }
        if (picked.size() < BULK) {
            throw new IllegalStateException("only " + picked.size() + " pending entries under approval");
        }
        List<Long> ids = picked.stream().map(p -> p[0]).toList();
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
        String[][] snapshot = {
                {TimeEntryEntity.APPROVED_SECONDS, TimeEntryEntity.SECONDS},
                {TimeEntryEntity.APPROVED_STARTED, TimeEntryEntity.STARTED},
                {TimeEntryEntity.APPROVED_DAY, TimeEntryEntity.WORK_DAY},
                {TimeEntryEntity.APPROVED_MONTH, TimeEntryEntity.WORK_MONTH},
                {TimeEntryEntity.APPROVED_SERVICE_ID, TimeEntryEntity.SERVICE_ID},
                {TimeEntryEntity.APPROVED_BILLABLE, TimeEntryEntity.BILLABLE},
                {TimeEntryEntity.APPROVED_COMMENT, TimeEntryEntity.COMMENT}};
        StringBuilder reset = new StringBuilder("UPDATE " + t + " SET " + n.col(TimeEntryEntity.STATUS) + " = 'PENDING', "
                + n.col(TimeEntryEntity.REVISION) + " = 'NONE', " + n.col(TimeEntryEntity.REVIEWER_KEY) + " = NULL, "
                + n.col(TimeEntryEntity.REVIEWED_AT) + " = NULL, " + n.col(TimeEntryEntity.REJECTION_REASON) + " = NULL");
        StringBuilder update = new StringBuilder("UPDATE " + t + " SET " + n.col(TimeEntryEntity.STATUS) + " = ?, "
                + n.col(TimeEntryEntity.REVISION) + " = ?, " + n.col(TimeEntryEntity.REVIEWER_KEY) + " = ?, "
                + n.col(TimeEntryEntity.REVIEWED_AT) + " = ?, " + n.col(TimeEntryEntity.REJECTION_REASON) + " = ?");
        for (String[] copy : snapshot) {
            reset.append(", ").append(n.col(copy[0])).append(" = NULL");
            update.append(", ").append(n.col(copy[0])).append(" = ").append(n.col(copy[1]));
        }
        reset.append(" WHERE ").append(id).append(" IN ").append(in);
        update.append(" WHERE ").append(id).append(" = ? AND ").append(n.col(TimeEntryEntity.STATUS)).append(" = ? AND ")
                .append(n.col(TimeEntryEntity.REVISION)).append(" = ?");
        String deleteAudit = "DELETE FROM " + a + " WHERE " + n.col(AuditEntity.OBJECT_TYPE) + " = 'TIME_ENTRY' AND "
                + n.col(AuditEntity.OBJECT_ID) + " IN " + in;
        String insertAudit = "INSERT INTO " + a + " (" + String.join(", ", n.col(AuditEntity.CREATED),
                n.col(AuditEntity.AUTHOR_KEY), n.col(AuditEntity.BUDGET_ID), n.col(AuditEntity.OBJECT_TYPE),
                n.col(AuditEntity.OBJECT_ID), n.col(AuditEntity.ACTION), n.col(AuditEntity.FIELD),
                n.col(AuditEntity.OLD_VALUE), n.col(AuditEntity.NEW_VALUE), n.col(AuditEntity.REASON))
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        String count = "SELECT COUNT(*) FROM " + a + " WHERE " + n.col(AuditEntity.OBJECT_TYPE) + " = 'TIME_ENTRY' AND "
                + n.col(AuditEntity.OBJECT_ID) + " IN " + in;

        try (Connection c = ctx.connect()) {
            Runnable restore = () -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate(reset.toString());
                    s.executeUpdate(deleteAudit);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            };
            // both sides do the same: 1,000 approved, 1,000 audit rows
            restore.run();
            BulkOutcome outcome = approvals.decide("pm", ApprovalAction.APPROVE, ids, null);
            if (outcome.succeeded().size() != BULK) {
                throw new IllegalStateException("ours approved " + outcome.succeeded().size() + ", failed "
                        + outcome.failed().stream().limit(3).toList());
            }
            long oursAudit = scalar(c, count);
            restore.run();
            int plainDone = plain(c, update.toString(), insertAudit, picked);
            long plainAudit = scalar(c, count);
            if (plainDone != BULK || oursAudit != BULK || plainAudit != BULK) {
                throw new IllegalStateException("plain updated " + plainDone + ", audit rows ours " + oursAudit
                        + " plain " + plainAudit);
            }
            int warmup = Integer.getInteger("bench.bulkWarmup", 3);
            int runs = Integer.getInteger("bench.bulkRuns", 10);
            Measure.Pair pair;
            try {
                pair = Measure.interleaved(warmup, runs, restore,
                        i -> {
                            try {
                                plain(c, update.toString(), insertAudit, picked);
                            } catch (SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        },
                        restore,
                        i -> approvals.decide("pm", ApprovalAction.APPROVE, ids, null));
            } finally {
                restore.run();
            }
            return List.of(new Row(name(), ctx.db(), ctx.scale(), pair.ours(), pair.baseline(), pair.ratio(),
                    "<= 3x plain", pair.ratio() <= 3.0, String.format(Locale.ROOT,
                    "%d runs; %d budgets; ours %.2f ms an entry; 1,000 approved + 1,000 audit rows checked both ways",
                    runs, picked.stream().mapToLong(p -> p[1]).distinct().count(), pair.ours().medianMs() / BULK)));
        }
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** @return rows updated */
    private static int plain(Connection c, String update, String insert, List<long[]> picked) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement up = c.prepareStatement(update); PreparedStatement ins = c.prepareStatement(insert)) {
            Timestamp now = new Timestamp(System.currentTimeMillis());
            for (long[] p : picked) {
                up.setString(1, "APPROVED");
                up.setString(2, "NONE");
                up.setString(3, "pm");
                up.setTimestamp(4, now);
                up.setNull(5, java.sql.Types.VARCHAR);
                up.setLong(6, p[0]);
                up.setString(7, "PENDING");
                up.setString(8, "NONE");
                up.addBatch();
            }
            int done = 0;
            for (int r : up.executeBatch()) {
                done += r == Statement.SUCCESS_NO_INFO ? 1 : r;
            }
            for (long[] p : picked) {
                ins.setTimestamp(1, now);
                ins.setString(2, "pm");
                ins.setLong(3, p[1]);
                ins.setString(4, "TIME_ENTRY");
                ins.setLong(5, p[0]);
                ins.setString(6, "APPROVE");
                ins.setString(7, "status");
                ins.setString(8, "PENDING");
                ins.setString(9, "APPROVED");
                ins.setNull(10, java.sql.Types.VARCHAR);
                ins.addBatch();
            }
            ins.executeBatch();
            c.commit();
            return done;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
