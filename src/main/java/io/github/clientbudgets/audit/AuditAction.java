package io.github.clientbudgets.audit;

/**
 * What happened to an audit row's subject (an approval transition names its {@code review.ApprovalAction} instead).
 * {@link #stored()} is the text in the audit table's action column: it never changes, so old rows still read.
 */
public enum AuditAction {
    CREATED("CREATED"),
    UPDATED("UPDATED"),
    DELETED("DELETED"),
    ASSIGNED("ASSIGNED"),
    LOCKED("LOCKED"),
    UNLOCKED("UNLOCKED"),
    APPROVED("APPROVED"),
    REJECTED("REJECTED"),
    UNAPPROVED("UNAPPROVED"),
    /** A month signed off by a client. */
    SIGNED("SIGNED"),
    /** A sign-off whose month's approved figures changed afterwards. */
    SUPERSEDED("SUPERSEDED");

    private final String stored;

    AuditAction(String stored) {
        this.stored = stored;
    }

    public String stored() {
        return stored;
    }
}
