package io.github.clientbudgets.approval;

/** Where a time entry (or expense) stands in the approval workflow of a budget that requires approval. */
public enum ApprovalStatus {
    PENDING,
    APPROVED,
    REJECTED
}
