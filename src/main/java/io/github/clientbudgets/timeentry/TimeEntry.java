package io.github.clientbudgets.timeentry;

import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.review.EntryState;
import io.github.clientbudgets.review.EntryState.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The app's record of one worklog: the worklog as Jira holds it now ({@code live}), what the app adds (attributed
 * service, billable flag, client note), the approval state, and the published snapshot the client sees once the
 * entry is approved ({@code approved}, null until first approved).
 *
 * @param serviceId         the attributed service of the live worklog (explicit choice, issue, parent or default)
 * @param explicitServiceId a PM's explicit choice, which wins over the issue's and the default service
 * @param revision          a pending change of an approved entry (edit or deletion in Jira) waiting for review
 * @param review            the last reviewer's decision (who, when, and the reason of a rejection)
 */
public record TimeEntry(long id, WorklogState live, Long serviceId, Long explicitServiceId, boolean billable,
                        String clientNote, ApprovalStatus status, Revision revision, Snapshot approved, Review review) {

    /** What the client sees of an approved entry, frozen at approval. */
    public record Snapshot(long seconds, Instant started, LocalDate day, Long serviceId, boolean billable,
                           String comment) {
    }

    /** The last reviewer action on the entry. */
    public record Review(String reviewerKey, Instant reviewedAt, String rejectionReason) {
        public static final Review NONE = new Review(null, null, null);
    }

    /** A new entry for a worklog just seen. */
    public static TimeEntry of(WorklogState live, Long serviceId, ApprovalStatus status) {
        return new TimeEntry(0, live, serviceId, null, true, null, status, Revision.NONE, null, Review.NONE);
    }

    public EntryState state() {
        return new EntryState(status, revision, false);
    }

    public long worklogId() {
        return live.worklogId();
    }

    public long issueId() {
        return live.issueId();
    }

    public Long parentIssueId() {
        return live.parentIssueId();
    }

    public long projectId() {
        return live.projectId();
    }

    public String authorKey() {
        return live.authorKey();
    }

    public Instant started() {
        return live.started();
    }

    public LocalDate workDay() {
        return live.workDay();
    }

    public long seconds() {
        return live.seconds();
    }

    public String comment() {
        return live.comment();
    }

    /** The line item the entry counts on: its own, else the one it was approved on (null for neither). */
    public Long countedServiceId() {
        return serviceId != null ? serviceId : approved != null ? approved.serviceId() : null;
    }
}
