package io.github.clientbudgets.timeentry;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.approval.ApprovalStatus;
import io.github.clientbudgets.budget.BudgetEntity;
import io.github.clientbudgets.service.ServiceEntity;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.Query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@link TimeEntryStore} on Active Objects. */
public class AoTimeEntryStore implements TimeEntryStore {
    private final ActiveObjects ao;

    public AoTimeEntryStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public TimeEntry insert(TimeEntry t) {
        Map<String, Object> v = new HashMap<>();
        v.put(TimeEntryEntity.WORKLOG_ID, t.worklogId());
        v.put(TimeEntryEntity.ISSUE_ID, t.issueId());
        v.put(TimeEntryEntity.PARENT_ISSUE_ID, t.parentIssueId());
        v.put(TimeEntryEntity.PROJECT_ID, t.projectId());
        v.put(TimeEntryEntity.AUTHOR_KEY, t.authorKey());
        v.put(TimeEntryEntity.STARTED, Date.from(t.started()));
        v.put(TimeEntryEntity.WORK_DAY, day(t.workDay()));
        v.put(TimeEntryEntity.WORK_MONTH, month(t.workDay()));
        v.put(TimeEntryEntity.SECONDS, t.seconds());
        v.put(TimeEntryEntity.SERVICE_ID, t.serviceId());
        v.put(TimeEntryEntity.EXPLICIT_SERVICE_ID, t.explicitServiceId());
        v.put(TimeEntryEntity.BILLABLE, t.billable());
        v.put(TimeEntryEntity.STATUS, t.status().name());
        v.put(TimeEntryEntity.CLIENT_NOTE, t.clientNote());
        v.put(TimeEntryEntity.APPROVED_SECONDS, t.approvedSeconds());
        v.put(TimeEntryEntity.APPROVED_STARTED, t.approvedStarted() == null ? null : Date.from(t.approvedStarted()));
        v.put(TimeEntryEntity.APPROVED_MONTH, t.approvedDay() == null ? null : month(t.approvedDay()));
        v.put(TimeEntryEntity.APPROVED_SERVICE_ID, t.approvedServiceId());
        v.put(TimeEntryEntity.APPROVED_BILLABLE, t.approvedBillable());
        TimeEntryEntity e = ao.create(TimeEntryEntity.class, v);
        return new TimeEntry(e.getID(), t.worklogId(), t.issueId(), t.parentIssueId(), t.projectId(), t.authorKey(),
                t.started(), t.workDay(), t.seconds(), t.serviceId(), t.explicitServiceId(), t.billable(), t.status(),
                t.clientNote(), t.approvedSeconds(), t.approvedStarted(), t.approvedDay(), t.approvedServiceId(),
                t.approvedBillable());
    }

    @Override
    public java.util.Optional<TimeEntry> byWorklog(long worklogId) {
        return Arrays.stream(ao.find(TimeEntryEntity.class,
                Query.select().where(TimeEntryEntity.WORKLOG_ID + " = ?", worklogId))).findFirst().map(AoTimeEntryStore::toEntry);
    }

    @Override
    public void updateLive(long entryId, TimeEntry live) {
        TimeEntryEntity e = ao.get(TimeEntryEntity.class, (int) entryId);
        e.setIssueId(live.issueId());
        e.setParentIssueId(live.parentIssueId());
        e.setProjectId(live.projectId());
        e.setAuthorKey(live.authorKey());
        e.setStarted(Date.from(live.started()));
        e.setWorkDay(day(live.workDay()));
        e.setWorkMonth(month(live.workDay()));
        e.setSeconds(live.seconds());
        e.setServiceId(live.serviceId());
        e.setStatus(live.status().name());
        e.save();
    }

    @Override
    public void delete(long entryId) {
        ao.delete(ao.get(TimeEntryEntity.class, (int) entryId));
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
        BudgetEntity budget = ao.get(BudgetEntity.class, (int) budgetId);
        EntityManager em = budget.getEntityManager();
        DatabaseProvider provider = em.getProvider();
        String entries = provider.withSchema(em.getNameConverters().getTableNameConverter().getName(TimeEntryEntity.class));
        String services = provider.withSchema(em.getNameConverters().getTableNameConverter().getName(ServiceEntity.class));
        // one UPDATE, not a row-by-row loop: a budget may hold many entries
        String sql = "UPDATE " + entries + " SET "
                + set(provider, TimeEntryEntity.APPROVED_SECONDS, TimeEntryEntity.SECONDS) + ", "
                + set(provider, TimeEntryEntity.APPROVED_STARTED, TimeEntryEntity.STARTED) + ", "
                + set(provider, TimeEntryEntity.APPROVED_MONTH, TimeEntryEntity.WORK_MONTH) + ", "
                + set(provider, TimeEntryEntity.APPROVED_SERVICE_ID, TimeEntryEntity.SERVICE_ID) + ", "
                + set(provider, TimeEntryEntity.APPROVED_BILLABLE, TimeEntryEntity.BILLABLE) + ", "
                + provider.processID(TimeEntryEntity.STATUS) + " = ?"
                + " WHERE " + provider.processID(TimeEntryEntity.STATUS) + " <> ? AND "
                + provider.processID(TimeEntryEntity.SERVICE_ID) + " IN (SELECT " + provider.processID("ID")
                + " FROM " + services + " WHERE " + provider.processID(ServiceEntity.BUDGET_ID) + " = ?)";
        try (Connection connection = provider.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, ApprovalStatus.APPROVED.name());
            statement.setString(2, ApprovalStatus.REJECTED.name());
            statement.setLong(3, budgetId);
            int updated = statement.executeUpdate();
            ao.flushAll(); // AO caches row values in its entities: drop them after SQL behind its back
            return updated;
        } catch (SQLException e) {
            throw new IllegalStateException("Publishing live time failed: " + e.getMessage(), e);
        }
    }

    private static String set(DatabaseProvider provider, String target, String source) {
        return provider.processID(target) + " = " + provider.processID(source);
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

    private static TimeEntry toEntry(TimeEntryEntity e) {
        return new TimeEntry(e.getID(), e.getWorklogId(), e.getIssueId(), e.getParentIssueId(), e.getProjectId(),
                e.getAuthorKey(), e.getStarted().toInstant(), fromDay(e.getWorkDay()), e.getSeconds(), e.getServiceId(),
                e.getExplicitServiceId(), e.isBillable(), ApprovalStatus.valueOf(e.getStatus()), e.getClientNote(),
                e.getApprovedSeconds(), e.getApprovedStarted() == null ? null : e.getApprovedStarted().toInstant(),
                null, e.getApprovedServiceId(), e.getApprovedBillable());
    }

    public static int day(LocalDate d) {
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    public static int month(LocalDate d) {
        return d.getYear() * 100 + d.getMonthValue();
    }

    static LocalDate fromDay(int day) {
        return LocalDate.of(day / 10000, day / 100 % 100, day % 100);
    }
}
