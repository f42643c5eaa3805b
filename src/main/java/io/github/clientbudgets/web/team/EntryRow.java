package io.github.clientbudgets.web.team;

import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.review.EntryState.Revision;
import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.timeentry.TimeEntry;

/**
 * One time entry as the Approvals page, My time and the issue panel show it. Texts are plain (templates escape
 * them); i18n keys of its status and revision come ready-made so templates don't build keys. Days, hours and the
 * review's time as the reader sees them.
 */
public final class EntryRow {
    private final TimeEntry entry;
    private final String issueKey;
    private final String baseUrl;
    private final String authorName;
    private final String serviceName;
    private final String budgetName;
    private final String reviewerName;
    private final boolean locked;
    private final boolean own;
    private final Formats formats;

    public EntryRow(TimeEntry entry, String issueKey, String baseUrl, String authorName, String serviceName,
                    String budgetName, String reviewerName, boolean locked, boolean own, Formats formats) {
        this.formats = formats;
        this.entry = entry;
        this.issueKey = issueKey;
        this.baseUrl = baseUrl;
        this.authorName = authorName;
        this.serviceName = serviceName;
        this.budgetName = budgetName;
        this.reviewerName = reviewerName;
        this.locked = locked;
        this.own = own;
    }

    TimeEntry entry() {
        return entry;
    }

    public long getId() {
        return entry.id();
    }

    public String getIssueKey() {
        return issueKey == null ? "" : issueKey;
    }

    public String getIssueUrl() {
        return issueKey == null ? "" : baseUrl + "/browse/" + issueKey;
    }

    public String getAuthorName() {
        return authorName == null ? "" : authorName;
    }

    public String getWorkDay() {
        return formats.date(entry.workDay());
    }

    /** The day as ISO, for the {@code datetime} of its {@code <time>} element. */
    public String getIsoWorkDay() {
        return entry.workDay().toString();
    }

    public String getHours() {
        return formats.hours(entry.seconds());
    }

    /** The hours the client sees now (the approved snapshot), for entries with a pending revision. */
    public String getApprovedHours() {
        return entry.approved() == null ? "" : formats.hours(entry.approved().seconds());
    }

    public String getApprovedDay() {
        return entry.approved() == null ? "" : formats.date(entry.approved().day());
    }

    public long getServiceId() {
        return entry.serviceId() == null ? 0 : entry.serviceId();
    }

    public String getServiceName() {
        return serviceName == null ? "" : serviceName;
    }

    public String getBudgetName() {
        return budgetName == null ? "" : budgetName;
    }

    public boolean isBillable() {
        return entry.billable();
    }

    public String getClientNote() {
        return entry.clientNote() == null ? "" : entry.clientNote();
    }

    public String getComment() {
        return entry.comment() == null ? "" : entry.comment();
    }

    public String getStatus() {
        return entry.status().name();
    }

    public String getStatusKey() {
        return "client-budgets.entry.status." + entry.status().name();
    }

    /** AUI lozenge modifier for the status. */
    public String getStatusStyle() {
        return switch (entry.status()) {
            case APPROVED -> "success";
            case REJECTED -> "error";
            case PENDING -> "current";
        };
    }

    public String getRevision() {
        return entry.revision().name();
    }

    public boolean isHasRevision() {
        return entry.revision() != Revision.NONE;
    }

    public String getRevisionKey() {
        return "client-budgets.entry.revision." + entry.revision().name();
    }

    public boolean isPending() {
        return entry.status() == ApprovalStatus.PENDING;
    }

    public boolean isApproved() {
        return entry.status() == ApprovalStatus.APPROVED;
    }

    public boolean isRejected() {
        return entry.status() == ApprovalStatus.REJECTED;
    }

    /** The entry's month is locked for its budget. */
    public boolean isLocked() {
        return locked;
    }

    /** The viewer logged this time himself: someone else reviews it. */
    public boolean isOwn() {
        return own;
    }

    public String getRejectionReason() {
        String reason = entry.status() == ApprovalStatus.REJECTED ? entry.review().rejectionReason() : null;
        return reason == null ? "" : reason;
    }

    public String getReviewerName() {
        return reviewerName == null ? "" : reviewerName;
    }

    public String getReviewedAt() {
        return formats.dateTime(entry.review().reviewedAt());
    }
}
