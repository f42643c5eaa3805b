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

import java.util.Optional;

/**
 * Keeps the time entry of one worklog in step with the worklog as Jira holds it <em>now</em>. It is handed the
 * current state (or "gone"), never the event's old payload, so an event delivered twice, late or out of order ends
 * in the same entry. What becomes pending or stays published follows {@link ApprovalRules}: an approved entry keeps
 * its snapshot, its live values change and the difference waits for a reviewer; a deleted approved worklog keeps
 * the entry with 0 live seconds (a deletion waiting for review).
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
        if (existing.isEmpty()) {
            ApprovalStatus status = ApprovalStatus.initial(approvalRequired(serviceId));
            entries.insert(new TimeEntry(0, worklog.worklogId(), worklog.issueId(), worklog.parentIssueId(),
                    worklog.projectId(), worklog.authorKey(), worklog.started(), worklog.workDay(), worklog.seconds(),
                    serviceId, null, true, status, null, null, null, null, null, null));
            return;
        }
        TimeEntry entry = existing.get();
        if (sameLiveValues(entry, worklog, serviceId)) {
            return; // a repeated event: nothing to do
        }
        EntryState state = new EntryState(entry.status(), EntryState.Revision.NONE, false);
        EntryState next = ApprovalRules.apply(state,
                ApprovalRequest.fromWorklog(ApprovalAction.WORKLOG_EDITED, entry.authorKey(), false)).state();
        entries.updateLive(entry.id(), new TimeEntry(entry.id(), worklog.worklogId(), worklog.issueId(),
                worklog.parentIssueId(), worklog.projectId(), worklog.authorKey(), worklog.started(), worklog.workDay(),
                worklog.seconds(), serviceId, explicit, entry.billable(), next.status(), entry.clientNote(),
                entry.approvedSeconds(), entry.approvedStarted(), entry.approvedDay(), entry.approvedServiceId(),
                entry.approvedBillable()));
    }

    /** The worklog is gone from Jira. */
    public void worklogGone(long worklogId) {
        Optional<TimeEntry> existing = entries.byWorklog(worklogId);
        if (existing.isEmpty()) {
            return;
        }
        TimeEntry entry = existing.get();
        boolean published = entry.status() == ApprovalStatus.APPROVED && approvalRequired(entry.serviceId())
                && entry.approvedSeconds() != null;
        if (!published) {
            entries.delete(entry.id());
            return;
        }
        if (entry.seconds() != 0) {
            // the client keeps the approved snapshot until a reviewer approves the deletion
            entries.updateLive(entry.id(), new TimeEntry(entry.id(), entry.worklogId(), entry.issueId(),
                    entry.parentIssueId(), entry.projectId(), entry.authorKey(), entry.started(), entry.workDay(), 0,
                    entry.serviceId(), entry.explicitServiceId(), entry.billable(), entry.status(), entry.clientNote(),
                    entry.approvedSeconds(), entry.approvedStarted(), entry.approvedDay(), entry.approvedServiceId(),
                    entry.approvedBillable()));
        }
    }

    private boolean approvalRequired(Long serviceId) {
        return serviceId != null && budgets.service(serviceId).flatMap(s -> budgets.budget(s.budgetId()))
                .map(Budget::approvalRequired).orElse(false);
    }

    private static boolean sameLiveValues(TimeEntry entry, WorklogState worklog, Long serviceId) {
        return entry.issueId() == worklog.issueId() && entry.projectId() == worklog.projectId()
                && entry.seconds() == worklog.seconds() && entry.started().equals(worklog.started())
                && java.util.Objects.equals(entry.serviceId(), serviceId)
                && java.util.Objects.equals(entry.parentIssueId(), worklog.parentIssueId());
    }
}
