package io.github.clientbudgets.timeentry;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Reconciles every time entry with Jira's worklogs: walks projects and issues in id order, projects each issue's
 * worklogs (the same {@link TimeEntryProjection} the event listener uses, so it is idempotent) and lets go of
 * entries whose worklog is gone. Memory holds one issue's worklogs at a time. After each issue it records where it
 * is, so an interrupted run (crash, cancellation, node shutdown) resumes after the last finished issue.
 */
public class Resync {
    static final String RUNNING = "RUNNING";
    static final String FINISHED = "FINISHED";

    private final ActiveObjects ao;
    private final WorklogSource source;
    private final TimeEntryStore entries;
    private final TimeEntryProjection projection;

    public Resync(ActiveObjects ao, WorklogSource source, TimeEntryStore entries, TimeEntryProjection projection) {
        this.ao = ao;
        this.source = source;
        this.entries = entries;
        this.projection = projection;
    }

    /** What a run did. */
    public record Outcome(boolean finished, long issuesDone) {
    }

    /**
     * Runs (or resumes) a resync until done or until {@code cancelled} says stop; the caller holds the cluster lock.
     */
    public Outcome run(BooleanSupplier cancelled) {
        ResyncStateEntity state = state();
        if (!RUNNING.equals(state.getStatus())) {
            state.setStatus(RUNNING);
            state.setLastProjectId(0);
            state.setLastIssueId(0);
            state.setIssuesDone(0);
            state.setStartedAt(System.currentTimeMillis());
            state.save();
        }
        for (long projectId : source.projectIds()) {
            if (projectId < state.getLastProjectId()) {
                continue;
            }
            for (long issueId : source.issueIds(projectId)) {
                if (projectId == state.getLastProjectId() && issueId <= state.getLastIssueId()) {
                    continue;
                }
                if (cancelled.getAsBoolean()) {
                    return new Outcome(false, state.getIssuesDone());
                }
                reconcileIssue(issueId);
                state.setLastProjectId(projectId);
                state.setLastIssueId(issueId);
                state.setIssuesDone(state.getIssuesDone() + 1);
                state.save();
            }
        }
        state.setStatus(FINISHED);
        state.setFinishedAt(System.currentTimeMillis());
        state.save();
        return new Outcome(true, state.getIssuesDone());
    }

    /** Where the last or current run stands, for the admin page. */
    public ResyncStateEntity state() {
        ResyncStateEntity[] rows = ao.find(ResyncStateEntity.class, Query.select().order("ID"));
        if (rows.length > 0) {
            return rows[0];
        }
        return ao.create(ResyncStateEntity.class, new DBParam(ResyncStateEntity.STATUS, FINISHED));
    }

    private void reconcileIssue(long issueId) {
        List<WorklogState> worklogs = source.worklogsOf(issueId);
        Set<Long> present = new HashSet<>();
        for (WorklogState worklog : worklogs) {
            projection.worklogPresent(worklog);
            present.add(worklog.worklogId());
        }
        for (TimeEntry entry : entries.ofIssue(issueId)) {
            if (!present.contains(entry.worklogId())) {
                projection.worklogGone(entry.worklogId());
            }
        }
    }
}
