package io.github.clientbudgets.audit;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.common.AoSql;
import io.github.clientbudgets.common.AoSqlMemo;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link AuditTrail} in the app's own table. */
public class AoAuditTrail implements AuditTrail {
    private static final int MAX_TEXT = 450;
    private final ActiveObjects ao;
    /**
     * AO's way in, learnt from the first audit row created through AO; later rows are one plain INSERT each (AO's
     * create also builds an entity we never read).
     */
    private final AoSqlMemo aoSql = new AoSqlMemo();

    public AoAuditTrail(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(String authorKey, Long budgetId, String objectType, long objectId, String action,
                       List<Change> changes) {
        Date now = new Date();
        List<Change> rows = changes.isEmpty() ? List.of(new Change(null, null, null)) : changes;
        for (Change change : rows) {
            insert(now, authorKey, budgetId, objectType, objectId, action, change, null);
        }
    }

    @Override
    public void recordTransition(String authorKey, Long budgetId, String objectType, long objectId, String action,
                                 String from, String to, String reason) {
        insert(new Date(), authorKey, budgetId, objectType, objectId, action, new Change("status", from, to), reason);
    }

    private void insert(Date now, String authorKey, Long budgetId, String objectType, long objectId, String action,
                        Change change, String reason) {
        Map<String, Object> values = new HashMap<>();
        values.put(AuditEntity.CREATED, now);
        values.put(AuditEntity.AUTHOR_KEY, authorKey);
        values.put(AuditEntity.BUDGET_ID, budgetId);
        values.put(AuditEntity.OBJECT_TYPE, objectType);
        values.put(AuditEntity.OBJECT_ID, objectId);
        values.put(AuditEntity.ACTION, action);
        values.put(AuditEntity.FIELD, change.field());
        values.put(AuditEntity.OLD_VALUE, cut(change.from()));
        values.put(AuditEntity.NEW_VALUE, cut(change.to()));
        values.put(AuditEntity.REASON, reason);
        AoSql q = aoSql.known().orElse(null);
        if (q == null) {
            aoSql.learn(ao.create(AuditEntity.class, values));
            return;
        }
        List<String> columns = new ArrayList<>(values.keySet());
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(q.table(AuditEntity.class)).append(" (");
        StringBuilder marks = new StringBuilder();
        for (String column : columns) {
            if (!params.isEmpty()) {
                sql.append(", ");
                marks.append(", ");
            }
            sql.append(q.col(column));
            marks.append('?');
            params.add(values.get(column));
        }
        q.update(sql.append(") VALUES (").append(marks).append(')').toString(), params);
    }

    @Override
    public List<AuditRecord> forBudget(long budgetId, int limit) {
        return read(ao.find(AuditEntity.class, Query.select()
                .where(AuditEntity.BUDGET_ID + " = ?", budgetId).order("ID DESC").limit(limit)));
    }

    @Override
    public List<AuditRecord> forObject(String objectType, long objectId) {
        return read(ao.find(AuditEntity.class, Query.select().where(AuditEntity.OBJECT_ID + " = ? AND "
                + AuditEntity.OBJECT_TYPE + " = ?", objectId, objectType).order("ID ASC")));
    }

    private static List<AuditRecord> read(AuditEntity[] rows) {
        List<AuditRecord> records = new ArrayList<>();
        Arrays.stream(rows).forEach(r -> records.add(new AuditRecord(r.getCreated().toInstant(), r.getAuthorKey(),
                r.getBudgetId(), r.getObjectType(), r.getObjectId(), r.getAction(), r.getField(), r.getOldValue(),
                r.getNewValue(), r.getReason())));
        return records;
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "\u2026";
    }
}
