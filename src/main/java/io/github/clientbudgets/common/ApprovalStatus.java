package io.github.clientbudgets.common;

/** The approval state of a time entry or an expense. */
public enum ApprovalStatus {
    PENDING, APPROVED, REJECTED;

    /** The approval rule: PENDING where the budget requires approval, else APPROVED. */
    public static ApprovalStatus initial(boolean approvalRequired) {
        return approvalRequired ? PENDING : APPROVED;
    }
}
