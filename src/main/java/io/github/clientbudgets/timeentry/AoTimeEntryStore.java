package io.github.clientbudgets.timeentry;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.review.EntryState;
import io.github.clientbudgets.review.EntryState.Revision;
import io.github.clientbudgets.budget.BudgetEntity;
import io.github.clientbudgets.common.AoFind;
import io.github.clientbudgets.common.AoSql;
import io.github.clientbudgets.common.AoSqlMemo;
import io.github.clientbudgets.service.ServiceEntity;
import net.java.ao.Query;

import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** {@link TimeEntryStore} on Active Objects. */
public class AoTimeEntryStore implements TimeEntryStore {
    private final ActiveObjects ao;
    /** AO's way in, learnt from the first entry {@link #transitionAll} read: a bulk decision reads no row to reach it. */
    private final AoSqlMemo aoSql = new AoSqlMemo();

    public AoTimeEntryStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public TimeEntry insert(TimeEntry t) {
        TimeEntryEntity created = create(t);
        // what was written, with its new id, not read back from the new entity: AO loads a created entity's
        // fields one SELECT at a time (the benchmark of worklog events found ~10x the cost of a lookup); times
        // as the database keeps them (java.util.Date: milliseconds)
        WorklogState l = t.live();
        TimeEntry.Snapshot a = t.approved();
        return new TimeEntry(created.getID(), new WorklogState(l.worklogId(), l.issueId(), l.parentIssueId(),
                l.projectId(), l.authorKey(), millis(l.started()), l.workDay(), l.seconds(), l.comment()),
                t.serviceId(), t.explicitServiceId(), t.billable(), t.clientNote(), t.status(), t.revision(),
                a == null ? null : new TimeEntry.Snapshot(a.seconds(), millis(a.started()), a.day(), a.serviceId(),
                        a.billable(), a.comment()),
                new TimeEntry.Review(t.review().reviewerKey(), millis(t.review().reviewedAt()),
                        t.review().rejectionReason()));
    }

    private TimeEntryEntity create(TimeEntry t) {
        Map<String, Object> v = columns(t);
        v.values().removeIf(Objects::isNull); // AO's create takes only the values it writes
        return ao.create(TimeEntryEntity.class, v);
    }

    /** Every column an entry is written with (null where it has no value), in one fixed order. */
    private static Map<String, Object> columns(TimeEntry t) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(TimeEntryEntity.WORKLOG_ID, t.worklogId());
        putLive(v, t.live());
        v.put(TimeEntryEntity.SERVICE_ID, t.serviceId());
        v.put(TimeEntryEntity.EXPLICIT_SERVICE_ID, t.explicitServiceId());
        v.put(TimeEntryEntity.BILLABLE, t.billable());
        v.put(TimeEntryEntity.STATUS, t.status().name());
        v.put(TimeEntryEntity.REVISION, t.revision().name());
        v.put(TimeEntryEntity.CLIENT_NOTE, t.clientNote());
        TimeEntry.Snapshot s = t.approved();
        v.put(TimeEntryEntity.APPROVED_SECONDS, s == null ? null : s.seconds());
        v.put(TimeEntryEntity.APPROVED_STARTED, s == null ? null : Date.from(s.started()));
        v.put(TimeEntryEntity.APPROVED_DAY, s == null || s.day() == null ? null : day(s.day()));
        v.put(TimeEntryEntity.APPROVED_MONTH, s == null || s.day() == null ? null : month(s.day()));
        v.put(TimeEntryEntity.APPROVED_SERVICE_ID, s == null ? null : s.serviceId());
        v.put(TimeEntryEntity.APPROVED_BILLABLE, s == null ? null : s.billable());
        v.put(TimeEntryEntity.APPROVED_COMMENT, s == null ? null : s.comment());
        v.put(TimeEntryEntity.REVIEWER_KEY, t.review().reviewerKey());
        v.put(TimeEntryEntity.REVIEWED_AT, t.review().reviewedAt() == null ? null : Date.from(t.review().reviewedAt()));
        v.put(TimeEntryEntity.REJECTION_REASON, t.review().rejectionReason());
        return v;
    }

    @Override
    public void insertAll(List<TimeEntry> newEntries) {
        if (newEntries.isEmpty()) {
            return;
        }
        List<TimeEntry> rest = newEntries;
        AoSql q = aoSql.known().orElse(null);
        if (q == null) { // AO's way in comes with a row: the first entry goes through AO
            q = aoSql.learn(create(newEntries.get(0)));
            rest = newEntries.subList(1, newEntries.size());
        }
        if (rest.isEmpty()) {
            return;
        }
        List<String> names = List.copyOf(columns(rest.get(0)).keySet());
        AoSql sql = q;
        String insert = "INSERT INTO " + q.table(TimeEntryEntity.class)
                + names.stream().map(sql::col).collect(Collectors.joining(", ", " (", ")"))
                + names.stream().map(n -> "?").collect(Collectors.joining(", ", " VALUES (", ")"));
        q.batch(insert, rest.stream().map(t -> new ArrayList<>(columns(t).values())).toList());
    }

    @Override
    public Map<Long, TimeEntry> byWorklogs(Collection<Long> worklogIds) {
        Map<Long, TimeEntry> result = new HashMap<>();
        for (TimeEntryEntity e : AoFind.whereIn(ao, TimeEntryEntity.class, TimeEntryEntity.WORKLOG_ID, worklogIds)) {
            result.put(e.getWorklogId(), toEntry(e));
        }
        return result;
    }

    @Override
    public List<TimeEntry> ofIssues(Collection<Long> issueIds) {
        return AoFind.whereIn(ao, TimeEntryEntity.class, TimeEntryEntity.ISSUE_ID, issueIds).stream()
                .map(AoTimeEntryStore::toEntry).toList();
    }

    private static java.time.Instant millis(java.time.Instant instant) {
        return instant == null ? null : Date.from(instant).toInstant();
    }

    private static void putLive(Map<String, Object> v, WorklogState live) {
        v.put(TimeEntryEntity.ISSUE_ID, live.issueId());
        v.put(TimeEntryEntity.PARENT_ISSUE_ID, live.parentIssueId());
        v.put(TimeEntryEntity.PROJECT_ID, live.projectId());
        v.put(TimeEntryEntity.AUTHOR_KEY, live.authorKey());
        v.put(TimeEntryEntity.STARTED, Date.from(live.started()));
        v.put(TimeEntryEntity.WORK_DAY, day(live.workDay()));
        v.put(TimeEntryEntity.WORK_MONTH, month(live.workDay()));
        v.put(TimeEntryEntity.SECONDS, live.seconds());
        v.put(TimeEntryEntity.COMMENT, live.comment());
    }

    @Override
    public Optional<TimeEntry> byId(long entryId) {
        return Optional.ofNullable(ao.get(TimeEntryEntity.class, (int) entryId)).map(AoTimeEntryStore::toEntry);
    }

    @Override
    public Optional<TimeEntry> byWorklog(long worklogId) {
        return Arrays.stream(ao.find(TimeEntryEntity.class,
                Query.select().where(TimeEntryEntity.WORKLOG_ID + " = ?", worklogId))).findFirst().map(AoTimeEntryStore::toEntry);
    }

    @Override
    public List<TimeEntry> byIds(Collection<Long> entryIds) {
        return AoFind.whereIn(ao, TimeEntryEntity.class, "ID", entryIds).stream()
                .sorted(Comparator.comparingInt(TimeEntryEntity::getID)).map(AoTimeEntryStore::toEntry).toList();
    }

    @Override
    public void updateLive(long entryId, WorklogState live, Long serviceId, ApprovalStatus status, Revision revision) {
        TimeEntryEntity e = ao.get(TimeEntryEntity.class, (int) entryId);
        e.setIssueId(live.issueId());
        e.setParentIssueId(live.parentIssueId());
        e.setProjectId(live.projectId());
        e.setAuthorKey(live.authorKey());
        e.setStarted(Date.from(live.started()));
        e.setWorkDay(day(live.workDay()));
        e.setWorkMonth(month(live.workDay()));
        e.setSeconds(live.seconds());
        e.setWorklogComment(live.comment());
        e.setServiceId(serviceId);
        e.setStatus(status.name());
        e.setRevision(revision.name());
        e.save();
    }

    @Override
    public boolean transition(long entryId, EntryState expected, EntryState next, boolean publish,
                              TimeEntry.Review review) {
        return transitionAll(List.of(new Transition(entryId, expected, next, publish, review)))[0];
    }

    @Override
    public boolean[] transitionAll(List<Transition> transitions) {
        boolean[] won = new boolean[transitions.size()];
        AoSql q = aoSql.orLearnFrom(() -> anyRowOf(transitions.stream().map(Transition::entryId).toList())).orElse(null);
        if (q == null) {
            return won; // none of them exists: a missing row changes nothing, like a lost compare-and-set
        }
        List<Integer> ascending = IntStream.range(0, won.length).boxed()
                .sorted(Comparator.comparingLong(i -> transitions.get(i).entryId())).toList();
        // one batch per run of one statement shape (publishing or not), so the rows are still written in ascending
        // id order as a whole; a reviewer action either publishes or doesn't, so a bulk decision is one batch
        for (int from = 0; from < ascending.size(); ) {
            boolean publish = transitions.get(ascending.get(from)).publish();
            int to = from;
            while (to < ascending.size() && transitions.get(ascending.get(to)).publish() == publish) {
                to++;
            }
            List<Integer> run = ascending.subList(from, to);
            int[] counts = q.batch(transitionSql(q, publish), run.stream().map(i -> {
                Transition t = transitions.get(i);
                return Arrays.<Object>asList(t.next().status().name(), t.next().revision().name(),
                        t.review().reviewerKey(), t.review().reviewedAt(), t.review().rejectionReason(),
                        t.entryId(), t.expected().status().name(), t.expected().revision().name());
            }).toList());
            for (int k = 0; k < run.size(); k++) {
                Transition t = transitions.get(run.get(k));
                won[run.get(k)] = counts[k] == Statement.SUCCESS_NO_INFO ? holds(t) : counts[k] == 1;
            }
            from = to;
        }
        return won;
    }

    private String transitionSql(AoSql q, boolean publish) {
        StringBuilder sql = new StringBuilder("UPDATE ").append(q.table(TimeEntryEntity.class)).append(" SET ")
                .append(q.col(TimeEntryEntity.STATUS)).append(" = ?, ")
                .append(q.col(TimeEntryEntity.REVISION)).append(" = ?, ")
                .append(q.col(TimeEntryEntity.REVIEWER_KEY)).append(" = ?, ")
                .append(q.col(TimeEntryEntity.REVIEWED_AT)).append(" = ?, ")
                .append(q.col(TimeEntryEntity.REJECTION_REASON)).append(" = ?");
        if (publish) {
            for (String[] copy : SNAPSHOT_OF_LIVE) {
                sql.append(", ").append(q.col(copy[0])).append(" = ").append(q.col(copy[1]));
            }
        }
        return sql.append(" WHERE ").append(q.col("ID")).append(" = ? AND ").append(q.col(TimeEntryEntity.STATUS))
                .append(" = ? AND ").append(q.col(TimeEntryEntity.REVISION)).append(" = ?").toString();
    }

    /**
     * For a driver that does not count a batch's rows: the row is ours if it now holds what we wrote (our UPDATE
     * keeps it locked until commit). The review too, so that someone else's move to the same state reads as lost.
     */
    private boolean holds(Transition t) {
        return byId(t.entryId()).map(e -> e.status() == t.next().status() && e.revision() == t.next().revision()
                && Objects.equals(e.review().reviewerKey(), t.review().reviewerKey())
                && Objects.equals(epochSecond(e.review().reviewedAt()), epochSecond(t.review().reviewedAt())))
                .orElse(false);
    }

    private static Long epochSecond(java.time.Instant instant) {
        return instant == null ? null : instant.getEpochSecond(); // what every database keeps of a timestamp (MySQL)
    }

    /** The first of these entries that exists, to learn AO's way in from. */
    private TimeEntryEntity anyRowOf(List<Long> entryIds) {
        for (long id : entryIds) {
            TimeEntryEntity row = ao.get(TimeEntryEntity.class, (int) id);
            if (row != null) {
                return row;
            }
        }
        return null;
    }

    /** Approving publishes: each snapshot column takes its live column's value. */
    private static final String[][] SNAPSHOT_OF_LIVE = {
            {TimeEntryEntity.APPROVED_SECONDS, TimeEntryEntity.SECONDS},
            {TimeEntryEntity.APPROVED_STARTED, TimeEntryEntity.STARTED},
            {TimeEntryEntity.APPROVED_DAY, TimeEntryEntity.WORK_DAY},
            {TimeEntryEntity.APPROVED_MONTH, TimeEntryEntity.WORK_MONTH},
            {TimeEntryEntity.APPROVED_SERVICE_ID, TimeEntryEntity.SERVICE_ID},
            {TimeEntryEntity.APPROVED_BILLABLE, TimeEntryEntity.BILLABLE},
            {TimeEntryEntity.APPROVED_COMMENT, TimeEntryEntity.COMMENT},
    };

    @Override
    public void updateDetails(long entryId, Long serviceId, Long explicitServiceId, boolean billable,
                              String clientNote, boolean alsoPublished) {
        TimeEntryEntity e = ao.get(TimeEntryEntity.class, (int) entryId);
        e.setServiceId(serviceId);
        e.setExplicitServiceId(explicitServiceId);
        e.setBillable(billable);
        e.setClientNote(clientNote);
        if (alsoPublished && e.getApprovedSeconds() != null) {
            e.setApprovedServiceId(serviceId);
            e.setApprovedBillable(billable);
        }
        e.save();
    }

    @Override
    public void delete(long entryId) {
        TimeEntryEntity e = ao.get(TimeEntryEntity.class, (int) entryId);
        if (e != null) {
            ao.delete(e);
        }
    }

    @Override
    public void deleteAll(Collection<Long> entryIds) {
        List<Long> ascending = entryIds.stream().distinct().sorted().toList();
        AoSql q = aoSql.orLearnFrom(() -> anyRowOf(ascending)).orElse(null);
        if (q == null) {
            return; // none exists
        }
        q.batch("DELETE FROM " + q.table(TimeEntryEntity.class) + " WHERE " + q.col("ID") + " = ?",
                ascending.stream().map(List::of).toList());
    }

    @Override
    public List<TimeEntry> ofIssue(long issueId) {
        return Arrays.stream(ao.find(TimeEntryEntity.class, Query.select().where(TimeEntryEntity.ISSUE_ID + " = ?", issueId)))
                .map(AoTimeEntryStore::toEntry).toList();
    }

    @Override
    public List<TimeEntry> ofIssueOrSubtasks(long issueId) {
        return Arrays.stream(ao.find(TimeEntryEntity.class, Query.select().where(
                        TimeEntryEntity.ISSUE_ID + " = ? OR " + TimeEntryEntity.PARENT_ISSUE_ID + " = ?", issueId, issueId)))
                .map(AoTimeEntryStore::toEntry).toList();
    }

    @Override
    public void setService(long entryId, Long serviceId) {
        TimeEntryEntity e = ao.get(TimeEntryEntity.class, (int) entryId);
        e.setServiceId(serviceId);
        e.save();
    }

    @Override
    public int publishLive(long budgetId) {
        AoSql q = AoSql.of(ao.get(BudgetEntity.class, (int) budgetId));
        // one UPDATE, not a row-by-row loop: a budget may hold many entries
        StringBuilder sql = new StringBuilder("UPDATE ").append(q.table(TimeEntryEntity.class)).append(" SET ");
        for (String[] copy : SNAPSHOT_OF_LIVE) {
            sql.append(q.col(copy[0])).append(" = ").append(q.col(copy[1])).append(", ");
        }
        sql.append(q.col(TimeEntryEntity.STATUS)).append(" = ?, ").append(q.col(TimeEntryEntity.REVISION)).append(" = ?")
                .append(" WHERE ").append(q.col(TimeEntryEntity.STATUS)).append(" <> ? AND ")
                .append(q.col(TimeEntryEntity.SERVICE_ID)).append(" IN (SELECT ").append(q.col("ID")).append(" FROM ")
                .append(q.table(ServiceEntity.class)).append(" WHERE ").append(q.col(ServiceEntity.BUDGET_ID)).append(" = ?)");
        int updated = q.update(sql.toString(), List.of(ApprovalStatus.APPROVED.name(), Revision.NONE.name(),
                ApprovalStatus.REJECTED.name(), budgetId));
        ao.flushAll(); // AO may cache row values in entities it handed out: drop them after SQL behind its back
        return updated;
    }

    @Override
    public boolean anyTimeOn(List<Long> serviceIds) {
        if (serviceIds.isEmpty()) {
            return false;
        }
        String in = serviceIds.stream().map(id -> "?").collect(Collectors.joining(", ", "(", ")"));
        Object[] params = new Object[serviceIds.size() * 2];
        for (int i = 0; i < serviceIds.size(); i++) {
            params[i] = serviceIds.get(i);
            params[serviceIds.size() + i] = serviceIds.get(i);
        }
        return ao.count(TimeEntryEntity.class, Query.select().where(TimeEntryEntity.SERVICE_ID + " IN " + in
                + " OR " + TimeEntryEntity.APPROVED_SERVICE_ID + " IN " + in, params)) > 0;
    }

    static TimeEntry toEntry(TimeEntryEntity e) {
        WorklogState live = new WorklogState(e.getWorklogId(), e.getIssueId(), e.getParentIssueId(), e.getProjectId(),
                e.getAuthorKey(), e.getStarted().toInstant(), fromDay(e.getWorkDay()), e.getSeconds(),
                e.getWorklogComment());
        TimeEntry.Snapshot approved = e.getApprovedSeconds() == null ? null : new TimeEntry.Snapshot(
                e.getApprovedSeconds(), e.getApprovedStarted().toInstant(),
                e.getApprovedDay() == null ? null : fromDay(e.getApprovedDay()), e.getApprovedServiceId(),
                Boolean.TRUE.equals(e.getApprovedBillable()), e.getApprovedComment());
        TimeEntry.Review review = new TimeEntry.Review(e.getReviewerKey(),
                e.getReviewedAt() == null ? null : e.getReviewedAt().toInstant(), e.getRejectionReason());
        return new TimeEntry(e.getID(), live, e.getServiceId(), e.getExplicitServiceId(), e.isBillable(),
                e.getClientNote(), ApprovalStatus.valueOf(e.getStatus()),
                e.getRevision() == null ? Revision.NONE : Revision.valueOf(e.getRevision()), approved, review);
    }

    public static int day(LocalDate d) {
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    public static int month(LocalDate d) {
        return d.getYear() * 100 + d.getMonthValue();
    }

    public static LocalDate fromDay(int day) {
        return LocalDate.of(day / 10000, day / 100 % 100, day % 100);
    }
}
