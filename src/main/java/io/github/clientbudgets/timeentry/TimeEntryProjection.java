package io.github.clientbudgets.timeentry;

import io.github.clientbudgets.approval.ApprovalAction;
import io.github.clientbudgets.approval.ApprovalRequest;
import io.github.clientbudgets.approval.ApprovalRules;
import io.github.clientbudgets.approval.ApprovalStatus;
import io.github.clientbudgets.approval.EntryState;
import io.github.clientbudgets.attribution.AttributionService;
import io.github.clientbudgets.attribution.WorklogFacts;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetStore;

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
    private final BudgetStore budgets;
    private final AttributionService attribution;

    public TimeEntryProjection(TimeEntryStore entries, BudgetStore budgets, AttributionService attribution) {
        this.entries = entries;
        this.budgets = budgets;
        this.attribution = attribution;
    }

    /** The worklog exists: create or update its entry. */
    public void worklogPresent(WorklogState worklog) {
        Optional<TimeEntry> existing = entries.byWorklog(worklog.worklogId());
        Long explicit = existing.map(TimeEntry::explicitServiceId).orElse(null);
        Long serviceId = attribution.attribute(new WorklogFacts(worklog.issueId(), worklog.parentIssueId(),
                worklog.projectId(), worklog.workDay(), explicit)).orElse(null);
        boolean approvalRequired = approvalRequired(serviceId);
        if (existing.isEmpty()) {
            entries.insert(TimeEntry.of(worklog, serviceId, ApprovalStatus.initial(approvalRequired)));
            return;
        }
        TimeEntry entry = existing.get();
        if (entry.live().equals(worklog) && Objects.equals(entry.serviceId(), serviceId)) {
            return; // a repeated event: nothing to do
        }
        EntryState next;
        if (isPublished(entry)) {
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
        entries.updateLive(entry.id(), worklog, serviceId, next.status(), next.revision());
    }

    /** The worklog is gone from Jira. */
    public void worklogGone(long worklogId) {
        Optional<TimeEntry> existing = entries.byWorklog(worklogId);
        if (existing.isEmpty()) {
            return;
        }
        TimeEntry entry = existing.get();
        if (!isPublished(entry)) {
            entries.delete(entry.id());
            return;
        }
        EntryState next = ApprovalRules.apply(entry.state(),
                ApprovalRequest.fromWorklog(ApprovalAction.WORKLOG_DELETED, entry.authorKey(), false)).state();
        if (!next.equals(entry.state()) || entry.seconds() != 0) {
            // the client keeps the approved snapshot until a reviewer approves the deletion
            entries.updateLive(entry.id(), entry.live().deleted(), entry.serviceId(), next.status(), next.revision());
        }
    }

    /** A snapshot the client sees, which only a reviewer may change. */
    private boolean isPublished(TimeEntry entry) {
        return entry.status() == ApprovalStatus.APPROVED && entry.approved() != null
                && approvalRequired(entry.approved().serviceId() != null ? entry.approved().serviceId() : entry.serviceId());
    }

    private boolean approvalRequired(Long serviceId) {
        return serviceId != null && budgets.service(serviceId).flatMap(s -> budgets.budget(s.budgetId()))
                .map(Budget::approvalRequired).orElse(false);
    }
}
