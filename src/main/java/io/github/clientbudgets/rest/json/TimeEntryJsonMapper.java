package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.common.Fields;
import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.timeentry.TimeEntry;

/** Time entries as the team's REST shows them. */
public class TimeEntryJsonMapper {
    private final Permissions permissions;

    public TimeEntryJsonMapper(Permissions permissions) {
        this.permissions = permissions;
    }

    /** @param budgetId the entry's budget where the list knows it, else null */
    public TimeEntryJson timeEntry(TimeEntry e, String issueKey, Long budgetId) {
        TimeEntry.Snapshot a = e.approved();
        return new TimeEntryJson(e.id(), e.worklogId(), issueKey, budgetId, e.authorKey(),
                e.authorKey() == null ? null : permissions.displayName(e.authorKey()), e.started().toString(),
                Fields.iso(e.workDay()), e.seconds(), Hours.format(e.seconds()), e.serviceId(), e.billable(),
                e.status().name(), e.revision().name(), e.clientNote(), e.comment(), e.review().reviewerKey(),
                e.review().reviewedAt() == null ? null : e.review().reviewedAt().toString(),
                e.status() == ApprovalStatus.REJECTED ? e.review().rejectionReason() : null,
                a == null ? null : new TimeEntryJson.Approved(a.seconds(), Fields.iso(a.day()), a.serviceId(), a.billable()),
                null);
    }
}
