package io.github.clientbudgets.timeentry;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.attribution.BudgetsAndAssignments;
import io.github.clientbudgets.attribution.BatchBudgetsAndAssignments;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Reconciles every time entry with Jira's worklogs: walks projects and issues in id order, projects each issue's
 * worklogs (the same {@link TimeEntryProjection} decisions the event listener makes, so it is idempotent) and lets go
 * of entries whose worklog is gone.
 * <p>
 * It works in batches of issues of one project (up to {@link #BATCH_ISSUES} issues or {@link #BATCH_WORKLOGS}
 * worklogs): the batch's entries are read in one statement, its issues' assignments once ({@link BatchBudgetsAndAssignments}),
 * and its new entries written as one JDBC batch, instead of about ten statements a worklog (the benchmark's
 * scenario 5). Memory holds one batch. After each batch it records the last issue done, so an interrupted run
 * (crash, cancellation, node shutdown) resumes after it; redoing part of a batch would change nothing anyway.
 */
public class Resync {
    static final String RUNNING = "RUNNING";
    static final String FINISHED = "FINISHED";
    static final int BATCH_ISSUES = 200;
    static final int BATCH_WORKLOGS = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(Resync.class);

    private final ActiveObjects ao;
    private final WorklogSource source;
    private final TimeEntryStore entries;
    private final TimeEntryProjection projection;
    private final BudgetsAndAssignments budgets;

    public Resync(ActiveObjects ao, WorklogSource source, TimeEntryStore entries, TimeEntryProjection projection,
                  BudgetsAndAssignments budgets) {
        this.ao = ao;
        this.source = source;
        this.entries = entries;
        this.projection = projection;
        this.budgets = budgets;
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
            Map<Long, List<WorklogState>> batch = new LinkedHashMap<>();
            int worklogsInBatch = 0;
            for (long issueId : source.issueIds(projectId)) {
                if (projectId == state.getLastProjectId() && issueId <= state.getLastIssueId()) {
                    continue;
                }
                if (cancelled.getAsBoolean()) {
                    finishBatch(state, projectId, batch);
                    return new Outcome(false, state.getIssuesDone());
                }
                List<WorklogState> worklogs = source.worklogsOf(issueId);
                batch.put(issueId, worklogs);
                worklogsInBatch += worklogs.size();
                if (batch.size() >= BATCH_ISSUES || worklogsInBatch >= BATCH_WORKLOGS) {
                    finishBatch(state, projectId, batch);
                    batch.clear();
                    worklogsInBatch = 0;
                }
            }
            finishBatch(state, projectId, batch);
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

    private void finishBatch(ResyncStateEntity state, long projectId, Map<Long, List<WorklogState>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        reconcile(batch);
        state.setLastProjectId(projectId);
        state.setLastIssueId(batch.keySet().stream().mapToLong(Long::longValue).max().orElseThrow());
        state.setIssuesDone(state.getIssuesDone() + batch.size());
        state.save();
    }

    /** One batch of one project's issues: issue id -> its worklogs as Jira holds them now. */
    private void reconcile(Map<Long, List<WorklogState>> batch) {
        List<WorklogState> worklogs = batch.values().stream().flatMap(List::stream).toList();
        Set<Long> issuesAndParents = new HashSet<>(batch.keySet());
        worklogs.forEach(w -> {
            issuesAndParents.add(w.issueId());
            if (w.parentIssueId() != null) {
                issuesAndParents.add(w.parentIssueId());
            }
        });
        BudgetsAndAssignments facts = BatchBudgetsAndAssignments.read(budgets, issuesAndParents);
        // a worklog stays on its issue in Jira, so its entry is among the issue's; should one not be (a row of an
        // older version), the batch insert meets the unique worklog key and falls back to one by one
        Map<Long, TimeEntry> existing = new HashMap<>();
        entries.ofIssues(batch.keySet()).forEach(entry -> existing.put(entry.worklogId(), entry));
        List<TimeEntry> inserts = new ArrayList<>();
        Set<Long> present = new HashSet<>();
        for (WorklogState worklog : worklogs) {
            present.add(worklog.worklogId());
            TimeEntryProjection.EntryWrite change = projection.present(worklog,
                    Optional.ofNullable(existing.get(worklog.worklogId())), facts);
            if (change instanceof TimeEntryProjection.Insert insert) {
                inserts.add(insert.entry());
            } else {
                projection.apply(change);
            }
        }
        for (TimeEntry entry : existing.values()) {
            if (!present.contains(entry.worklogId())) {
                projection.apply(projection.gone(entry, facts));
            }
        }
        insertAll(inserts);
    }

    private void insertAll(List<TimeEntry> inserts) {
        try {
            entries.insertAll(inserts);
        } catch (RuntimeException e) {
            // most likely an event projected one of these worklogs meanwhile (one entry a worklog is a unique
            // key): project them one at a time, which reads what is there now
            LOG.info("Batch of {} new entries not written ({}); projecting them one by one", inserts.size(), e.toString());
            inserts.forEach(entry -> projection.worklogPresent(entry.live()));
        }
    }
}
