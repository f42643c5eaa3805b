package io.github.clientbudgets.review;

/** Where a time entry or an expense stands in the approval workflow of its budget. */
public enum ApprovalStatus {
    PENDING,
    APPROVED,
    REJECTED;

    /** The approval rule: PENDING where the budget requires approval, else APPROVED. */
    public static ApprovalStatus initial(boolean approvalRequired) {
        return approvalRequired ? PENDING : APPROVED;
    }
}
