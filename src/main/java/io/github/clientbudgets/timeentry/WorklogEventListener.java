package io.github.clientbudgets.timeentry;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.issue.worklog.WorklogManager;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.budget.FiguresChanged;
import io.github.clientbudgets.lineitem.LineItemStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Jira's worklog events in, time entries out. It reads the worklog as Jira holds it now (so late, repeated or
 * out-of-order events converge) and hands it to {@link TimeEntryProjection}. It never lets an exception reach
 * Jira: a worklog save must not fail because of this app; the resync job repairs what an error left behind.
 */
public class WorklogEventListener {
    private static final Logger LOG = LoggerFactory.getLogger(WorklogEventListener.class);

    private final EventPublisher eventPublisher;
    private final WorklogManager worklogManager;
    private final TimeEntryProjection projection;
    private final TimeEntryStore entries;
    private final ZoneId zone;
    private final LineItemStore lineItems;
    private final BudgetStore budgets;
    private final FiguresChanged figures;

    public WorklogEventListener(EventPublisher eventPublisher, WorklogManager worklogManager,
                                TimeEntryProjection projection, TimeEntryStore entries) {
        this(eventPublisher, worklogManager, projection, entries, null, null, FiguresChanged.NONE);
    }

    /**
     * @param figures told, once the worklog is recorded, about the budget it counts on when that budget has no
     *                approval (its live figures are the approved ones): the alerts
     */
    public WorklogEventListener(EventPublisher eventPublisher, WorklogManager worklogManager,
                                TimeEntryProjection projection, TimeEntryStore entries, LineItemStore lineItems,
                                BudgetStore budgets, FiguresChanged figures) {
        this.lineItems = lineItems;
        this.budgets = budgets;
        this.figures = figures;
        this.eventPublisher = eventPublisher;
        this.worklogManager = worklogManager;
        this.projection = projection;
        this.entries = entries;
        this.zone = ZoneId.systemDefault();
    }

    /** Spring init-method. */
    public void register() {
        eventPublisher.register(this);
    }

    /** Spring destroy-method. */
    public void unregister() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Long type = event.getEventTypeId();
        try {
            if (Objects.equals(type, EventType.ISSUE_WORKLOGGED_ID) || Objects.equals(type, EventType.ISSUE_WORKLOG_UPDATED_ID)
                    || Objects.equals(type, EventType.ISSUE_WORKLOG_DELETED_ID)) {
                if (event.getWorklog() != null) {
                    Long worklogId = event.getWorklog().getId();
                    Set<Long> services = new HashSet<>();
                    entries.byWorklog(worklogId).map(TimeEntry::serviceId).ifPresent(services::add);
                    reproject(worklogId);
                    entries.byWorklog(worklogId).map(TimeEntry::serviceId).ifPresent(services::add);
                    liveFiguresChanged(services);
                }
            } else if (Objects.equals(type, EventType.ISSUE_MOVED_ID) || Objects.equals(type, EventType.ISSUE_DELETED_ID)) {
                reprojectIssue(event);
            }
        } catch (RuntimeException e) {
            LOG.error("Client Budgets could not record the worklogs of event {} (the resync job will): {}", type,
                    e.toString(), e);
        }
    }

    /** The budgets (without approval) of these line items: their approved figures are live. */
    private void liveFiguresChanged(Set<Long> serviceIds) {
        if (lineItems == null || serviceIds.isEmpty()) {
            return;
        }
        Set<Long> budgetIds = new HashSet<>();
        for (Long serviceId : serviceIds) {
            if (serviceId != null) {
                lineItems.lineItem(serviceId).flatMap(s -> budgets.budget(s.budgetId()))
                        .filter(b -> !b.approvalRequired()).ifPresent(b -> budgetIds.add(b.id()));
            }
        }
        if (!budgetIds.isEmpty()) {
            figures.changed(budgetIds);
        }
    }

    /** One worklog, as Jira holds it now. */
    private void reproject(Long worklogId) {
        Worklog current = worklogManager.getById(worklogId);
        if (current == null) {
            projection.worklogGone(worklogId);
        } else {
            projection.worklogPresent(state(current, zone));
        }
    }

    /**
     * A moved issue changes the project (and maybe the budget) of all its worklogs and its sub-tasks' ones; a deleted
     * issue takes them with it without a worklog event each. Every entry we hold for the issue is re-read, and every
     * worklog Jira still has on it is projected.
     */
    private void reprojectIssue(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null) {
            return;
        }
        Set<Long> seen = new HashSet<>();
        for (TimeEntry entry : entries.ofIssueOrSubtasks(issue.getId())) {
            if (seen.add(entry.worklogId())) {
                reproject(entry.worklogId());
            }
        }
        if (Objects.equals(event.getEventTypeId(), EventType.ISSUE_MOVED_ID)) {
            for (Worklog worklog : worklogManager.getByIssue(issue)) {
                if (seen.add(worklog.getId())) {
                    projection.worklogPresent(state(worklog, zone));
                }
            }
        }
    }

    /** A Jira worklog as the projection sees it (also used by resync and the dev host's demo data). */
    public static WorklogState state(Worklog worklog, ZoneId zone) {
        Issue issue = worklog.getIssue();
        Issue parent = issue.isSubTask() ? issue.getParentObject() : null;
        var started = worklog.getStartDate().toInstant();
        return new WorklogState(worklog.getId(), issue.getId(), parent == null ? null : parent.getId(),
                issue.getProjectId(), worklog.getAuthorKey(), started, started.atZone(zone).toLocalDate(),
                worklog.getTimeSpent() == null ? 0 : worklog.getTimeSpent(), worklog.getComment());
    }
}
