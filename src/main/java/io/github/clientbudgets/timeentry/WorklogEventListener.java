package io.github.clientbudgets.timeentry;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.issue.worklog.WorklogManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZoneId;
import java.util.Objects;

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
    private final ZoneId zone;

    public WorklogEventListener(EventPublisher eventPublisher, WorklogManager worklogManager,
                                TimeEntryProjection projection) {
        this.eventPublisher = eventPublisher;
        this.worklogManager = worklogManager;
        this.projection = projection;
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
        boolean worklogEvent = Objects.equals(type, EventType.ISSUE_WORKLOGGED_ID)
                || Objects.equals(type, EventType.ISSUE_WORKLOG_UPDATED_ID)
                || Objects.equals(type, EventType.ISSUE_WORKLOG_DELETED_ID);
        if (!worklogEvent || event.getWorklog() == null) {
            return;
        }
        Long worklogId = event.getWorklog().getId();
        try {
            Worklog current = worklogManager.getById(worklogId);
            if (current == null) {
                projection.worklogGone(worklogId);
            } else {
                projection.worklogPresent(state(current, zone));
            }
        } catch (RuntimeException e) {
            LOG.error("Client Budgets could not record worklog {} (the resync job will): {}", worklogId, e.toString(), e);
        }
    }

    /** A Jira worklog as the projection sees it (also used by resync and the dev host's demo data). */
    public static WorklogState state(Worklog worklog, ZoneId zone) {
        Issue issue = worklog.getIssue();
        Issue parent = issue.isSubTask() ? issue.getParentObject() : null;
        var started = worklog.getStartDate().toInstant();
        return new WorklogState(worklog.getId(), issue.getId(), parent == null ? null : parent.getId(),
                issue.getProjectId(), worklog.getAuthorKey(), started, started.atZone(zone).toLocalDate(),
                worklog.getTimeSpent() == null ? 0 : worklog.getTimeSpent());
    }
}
