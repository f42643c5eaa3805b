package io.github.clientbudgets.review;

/** What can happen to an entry: a reviewer's decision, or a change of the Jira worklog behind it. */
public enum ApprovalAction {
    APPROVE,
    REJECT,
    UNAPPROVE,
    /** Publish the pending revision of an approved entry (an edit, or a deletion). */
    APPROVE_REVISION,
    /** Drop the pending revision: the client keeps seeing the approved snapshot. */
    DISCARD_REVISION,
    /** The worklog was edited in Jira (any path). */
    WORKLOG_EDITED,
    /** The worklog was deleted in Jira (any path). */
    WORKLOG_DELETED
}
