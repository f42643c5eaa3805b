package io.github.clientbudgets.audit;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.common.AoSql;
import io.github.clientbudgets.common.AoSqlMemo;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link AuditTrail} in the app's own table. */
public class AoAuditTrail implements AuditTrail {
    private static final int MAX_TEXT = 450;
    private final ActiveObjects ao;
    /**
     * AO's way in, learnt from the first audit row created through AO; later rows are plain INSERTs, batched when
     * there are several (AO's create also builds an entity we never read, and is one statement a row).
     */
    private final AoSqlMemo aoSql = new AoSqlMemo();

    public AoAuditTrail(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(String authorKey, Long budgetId, AuditSubject subject, long objectId, AuditAction action,
                       List<FieldChange> changes) {
        Date now = new Date();
        List<FieldChange> rows = changes.isEmpty() ? List.of(new FieldChange(null, null, null)) : changes;
        insert(rows.stream().map(change -> values(now, authorKey, budgetId, subject.stored(), objectId, action.stored(), change, null))
                .toList());
    }

    @Override
    public void recordTransition(String authorKey, Long budgetId, AuditSubject subject, long objectId, String action,
                                 String from, String to, String reason) {
        recordTransitions(List.of(new Transition(authorKey, budgetId, subject, objectId, action, from, to, reason)));
    }

    @Override
    public void recordTransitions(List<Transition> transitions) {
        Date now = new Date();
        insert(transitions.stream().map(t -> values(now, t.authorKey(), t.budgetId(), t.subject().stored(), t.objectId(),
                t.action(), new FieldChange("status", t.from(), t.to()), t.reason())).toList());
    }

    /** The columns of one row; every row of the app has them all, so one INSERT statement fits every row. */
    private static Map<String, Object> values(Date now, String authorKey, Long budgetId, String objectType,
                                              long objectId, String action, FieldChange change, String reason) {
        Map<String, Object> values = new LinkedHashMap<>();
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
        return values;
    }

    /** The first row ever through AO (to learn its way in), the rest as one batched INSERT. */
    private void insert(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        AoSql q = aoSql.known().orElse(null);
        if (q == null) {
            q = aoSql.learn(ao.create(AuditEntity.class, rows.get(0)));
            rows = rows.subList(1, rows.size());
            if (rows.isEmpty()) {
                return;
            }
        }
        List<String> columns = new ArrayList<>(rows.get(0).keySet());
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(q.table(AuditEntity.class)).append(" (");
        StringBuilder marks = new StringBuilder();
        for (String column : columns) {
            if (marks.length() > 0) {
                sql.append(", ");
                marks.append(", ");
            }
            sql.append(q.col(column));
            marks.append('?');
        }
        sql.append(") VALUES (").append(marks).append(')');
        List<List<Object>> params = rows.stream()
                .map(row -> columns.stream().map(row::get).toList()).toList();
        if (params.size() == 1) {
            q.update(sql.toString(), params.get(0));
        } else {
            q.batch(sql.toString(), params);
        }
    }

    @Override
    public List<AuditRecord> forBudget(long budgetId, int limit) {
        return read(ao.find(AuditEntity.class, Query.select()
                .where(AuditEntity.BUDGET_ID + " = ?", budgetId).order("ID DESC").limit(limit)));
    }

    @Override
    public List<AuditRecord> forObject(AuditSubject subject, long objectId) {
        return read(ao.find(AuditEntity.class, Query.select().where(AuditEntity.OBJECT_ID + " = ? AND "
                + AuditEntity.OBJECT_TYPE + " = ?", objectId, subject.stored()).order("ID ASC")));
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
