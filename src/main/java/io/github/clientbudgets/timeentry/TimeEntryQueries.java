package io.github.clientbudgets.timeentry;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.review.EntryState.Revision;
import io.github.clientbudgets.common.AoSql;
import io.github.clientbudgets.common.AoSqlMemo;
import io.github.clientbudgets.service.ServiceEntity;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The team's entry lists (budget time list, Approvals page, My time) in SQL: filter, count and page in the
 * database, then load the one page of rows.
 */
public class TimeEntryQueries {
    private final ActiveObjects ao;
    private final TimeEntryStore entries;
    /** AO's way in, from the first service row read (a budget's entries are only found through its services). */
    private final AoSqlMemo aoSql = new AoSqlMemo();

    public TimeEntryQueries(ActiveObjects ao, TimeEntryStore entries) {
        this.ao = ao;
        this.entries = entries;
    }

    public EntryPage find(EntryQuery query) {
        if (query.budgetIds().isEmpty() || query.limit() <= 0) {
            return new EntryPage(0, List.of(), Map.of());
        }
        AoSql q = aoSql.orLearnFrom(() -> {
            ServiceEntity[] any = ao.find(ServiceEntity.class, Query.select().limit(1));
            return any.length == 0 ? null : any[0];
        }).orElse(null);
        if (q == null) {
            return new EntryPage(0, List.of(), Map.of()); // no service yet: no entry counts against one
        }
        List<Object> params = new ArrayList<>();
        String from = " FROM " + q.table(TimeEntryEntity.class) + " t JOIN " + q.table(ServiceEntity.class) + " s ON s."
                + q.col("ID") + " = t." + q.col(TimeEntryEntity.SERVICE_ID) + " WHERE " + where(q, query, params);
        long total = q.queryLong("SELECT COUNT(*)" + from, params);
        List<Long> ids = new ArrayList<>();
        Map<Long, Long> budgetOf = new HashMap<>();
        // ORDER BY budget, person, day keeps a reviewer's groups together; LIMIT/OFFSET work on H2 and PostgreSQL
        String order = query.needsReview()
                ? " ORDER BY s." + q.col(ServiceEntity.BUDGET_ID) + ", t." + q.col(TimeEntryEntity.AUTHOR_KEY) + ", t."
                + q.col(TimeEntryEntity.WORK_DAY) + ", t." + q.col("ID")
                : " ORDER BY t." + q.col(TimeEntryEntity.WORK_DAY) + " DESC, t." + q.col("ID") + " DESC";
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(query.limit());
        pageParams.add(Math.max(0, query.start()));
        q.query("SELECT t." + q.col("ID") + ", s." + q.col(ServiceEntity.BUDGET_ID) + from + order + " LIMIT ? OFFSET ?",
                pageParams, rs -> {
                    ids.add(rs.getLong(1));
                    budgetOf.put(rs.getLong(1), rs.getLong(2));
                });
        Map<Long, TimeEntry> loaded = entries.byIds(ids).stream()
                .collect(Collectors.toMap(TimeEntry::id, e -> e));
        List<TimeEntry> page = ids.stream().map(loaded::get).filter(java.util.Objects::nonNull).toList();
        return new EntryPage(total, page, budgetOf);
    }

    private static String where(AoSql q, EntryQuery query, List<Object> params) {
        StringBuilder w = new StringBuilder("s.").append(q.col(ServiceEntity.BUDGET_ID)).append(" IN ")
                .append(query.budgetIds().stream().map(id -> "?").collect(Collectors.joining(", ", "(", ")")));
        params.addAll(query.budgetIds());
        if (query.authorKey() != null) {
            w.append(" AND t.").append(q.col(TimeEntryEntity.AUTHOR_KEY)).append(" = ?");
            params.add(query.authorKey());
        }
        if (query.serviceId() != null) {
            w.append(" AND t.").append(q.col(TimeEntryEntity.SERVICE_ID)).append(" = ?");
            params.add(query.serviceId());
        }
        if (query.from() != null) {
            w.append(" AND t.").append(q.col(TimeEntryEntity.WORK_DAY)).append(" >= ?");
            params.add(AoTimeEntryStore.day(query.from()));
        }
        if (query.to() != null) {
            w.append(" AND t.").append(q.col(TimeEntryEntity.WORK_DAY)).append(" <= ?");
            params.add(AoTimeEntryStore.day(query.to()));
        }
        if (!query.statuses().isEmpty()) {
            w.append(" AND t.").append(q.col(TimeEntryEntity.STATUS)).append(" IN ")
                    .append(query.statuses().stream().map(s -> "?").collect(Collectors.joining(", ", "(", ")")));
            query.statuses().stream().map(ApprovalStatus::name).sorted().forEach(params::add);
        }
        if (query.needsReview()) {
            w.append(" AND (t.").append(q.col(TimeEntryEntity.STATUS)).append(" = ? OR t.")
                    .append(q.col(TimeEntryEntity.REVISION)).append(" <> ?)");
            params.add(ApprovalStatus.PENDING.name());
            params.add(Revision.NONE.name());
        }
        return w.toString();
    }

    /** One author's newest entries (My time), optionally of some statuses only. */
    public List<TimeEntry> ofAuthor(String authorKey, java.util.Set<ApprovalStatus> statuses, int limit) {
        StringBuilder where = new StringBuilder(TimeEntryEntity.AUTHOR_KEY + " = ?");
        List<Object> params = new ArrayList<>(List.of(authorKey));
        if (!statuses.isEmpty()) {
            where.append(" AND ").append(TimeEntryEntity.STATUS).append(" IN ")
                    .append(statuses.stream().map(s -> "?").collect(Collectors.joining(", ", "(", ")")));
            statuses.forEach(s -> params.add(s.name()));
        }
        return java.util.Arrays.stream(ao.find(TimeEntryEntity.class, Query.select().where(where.toString(),
                        params.toArray()).order(TimeEntryEntity.WORK_DAY + " DESC, ID DESC").limit(limit)))
                .map(AoTimeEntryStore::toEntry).toList();
    }
}
