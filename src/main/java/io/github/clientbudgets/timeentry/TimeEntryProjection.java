package io.github.clientbudgets.timeentry;

import io.github.clientbudgets.review.ApprovalAction;
import io.github.clientbudgets.review.ApprovalRequest;
import io.github.clientbudgets.review.ApprovalRules;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.review.EntryState;
import io.github.clientbudgets.review.EntryState.Revision;
import io.github.clientbudgets.attribution.BudgetsAndAssignments;
import io.github.clientbudgets.attribution.AttributionService;
import io.github.clientbudgets.attribution.WorklogFacts;
import io.github.clientbudgets.budget.Budget;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the time entry of one worklog in step with the worklog as Jira holds it <em>now</em>. It is handed the
 * current state (or "gone"), never the event's old payload, so an event delivered twice, late or out of order ends
 * in the same entry. What becomes pending or stays published follows {@link ApprovalRules}: a published entry keeps
 * its snapshot while its live values change, and the difference waits for a reviewer as a revision (EDIT, or
 * DELETION with 0 live seconds).
 */
public class TimeEntryProjection {
    private final TimeEntryStore entries;
    private final BudgetsAndAssignments budgets;
    private final AttributionService attribution;

    public TimeEntryProjection(TimeEntryStore entries, BudgetsAndAssignments budgets, AttributionService attribution) {
        this.entries = entries;
        this.budgets = budgets;
        this.attribution = attribution;
    }

    /** What the projection decided for one worklog's entry, not yet written. */
    public sealed interface EntryWrite permits Insert, Update, Delete, Unchanged {
    }

    public record Insert(TimeEntry entry) implements EntryWrite {
    }

    public record Update(long entryId, WorklogState live, Long serviceId, ApprovalStatus status, Revision revision)
            implements EntryWrite {
    }

    public record Delete(long entryId) implements EntryWrite {
    }

    public record Unchanged() implements EntryWrite {
    }

    /** The worklog exists: create or update its entry. */
    public void worklogPresent(WorklogState worklog) {
        apply(present(worklog, entries.byWorklog(worklog.worklogId()), budgets));
    }

    /** The worklog is gone from Jira. */
    public void worklogGone(long worklogId) {
        entries.byWorklog(worklogId).ifPresent(entry -> apply(gone(entry, budgets)));
    }

    /** What {@link #worklogPresent} does, decided on the entry and the budget facts at hand. */
    public EntryWrite present(WorklogState worklog, Optional<TimeEntry> existing, BudgetsAndAssignments facts) {
        Long explicit = existing.map(TimeEntry::explicitServiceId).orElse(null);
        Long serviceId = attribution.attribute(new WorklogFacts(worklog.issueId(), worklog.parentIssueId(),
                worklog.projectId(), worklog.workDay(), explicit), facts).orElse(null);
        boolean approvalRequired = approvalRequired(serviceId, facts);
        if (existing.isEmpty()) {
            return new Insert(TimeEntry.of(worklog, serviceId, ApprovalStatus.initial(approvalRequired)));
        }
        TimeEntry entry = existing.get();
        if (entry.live().equals(worklog) && Objects.equals(entry.serviceId(), serviceId)) {
            return new Unchanged(); // a repeated event: nothing to do
        }
        EntryState next;
        if (isPublished(entry, facts)) {
            next = ApprovalRules.apply(entry.state(),
                    ApprovalRequest.fromWorklog(ApprovalAction.WORKLOG_EDITED, entry.authorKey(), false)).state();
        } else if (!approvalRequired) {
            next = EntryState.approved(); // without approval the client sees live data
        } else if (entry.status() == ApprovalStatus.APPROVED) {
            next = EntryState.pending(); // counted live so far, never published: now it needs review
        } else {
            next = ApprovalRules.apply(entry.state(),
                    ApprovalRequest.fromWorklog(ApprovalAction.WORKLOG_EDITED, entry.authorKey(), false)).state();
        }
        return new Update(entry.id(), worklog, serviceId, next.status(), next.revision());
    }

    /** What {@link #worklogGone} does to this entry. */
    public EntryWrite gone(TimeEntry entry, BudgetsAndAssignments facts) {
        if (!isPublished(entry, facts)) {
            return new Delete(entry.id());
        }
        EntryState next = ApprovalRules.apply(entry.state(),
                ApprovalRequest.fromWorklog(ApprovalAction.WORKLOG_DELETED, entry.authorKey(), false)).state();
        if (!next.equals(entry.state()) || entry.seconds() != 0) {
            // the client keeps the approved snapshot until a reviewer approves the deletion
            return new Update(entry.id(), entry.live().deleted(), entry.serviceId(), next.status(), next.revision());
        }
        return new Unchanged();
    }

    /** Writes one change. */
    public void apply(EntryWrite change) {
        if (change instanceof Insert insert) {
            // a plain INSERT: nobody here needs the new id, and AO's create costs several times as much
            entries.insertAll(List.of(insert.entry()));
        } else if (change instanceof Update u) {
            entries.updateLive(u.entryId(), u.live(), u.serviceId(), u.status(), u.revision());
        } else if (change instanceof Delete delete) {
            entries.delete(delete.entryId());
        }
    }

    /** A snapshot the client sees, which only a reviewer may change. */
    private static boolean isPublished(TimeEntry entry, BudgetsAndAssignments facts) {
        return entry.status() == ApprovalStatus.APPROVED && entry.approved() != null
                && approvalRequired(entry.approved().serviceId() != null ? entry.approved().serviceId() : entry.serviceId(),
                facts);
    }

    private static boolean approvalRequired(Long serviceId, BudgetsAndAssignments facts) {
        return serviceId != null && facts.lineItem(serviceId).flatMap(s -> facts.budget(s.budgetId()))
                .map(Budget::approvalRequired).orElse(false);
    }
}
