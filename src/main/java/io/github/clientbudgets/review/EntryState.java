package io.github.clientbudgets.review;

import java.util.Objects;

/**
 * The approval-relevant state of one entry: its status, whether an approved entry has a pending revision (and
 * whether that revision is a deletion), and whether the entry is gone. Immutable; transitions make new states.
 */
public record EntryState(ApprovalStatus status, Revision revision, boolean removed) {

    /** A change of an approved entry that the client doesn't see until a reviewer approves it. */
    public enum Revision {
        NONE,
        EDIT,
        DELETION
    }

    public EntryState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(revision, "revision");
        if (revision != Revision.NONE && status != ApprovalStatus.APPROVED) {
            throw new IllegalArgumentException("only an approved entry has a pending revision");
        }
    }

    public static EntryState pending() {
        return new EntryState(ApprovalStatus.PENDING, Revision.NONE, false);
    }

    public static EntryState approved() {
        return new EntryState(ApprovalStatus.APPROVED, Revision.NONE, false);
    }

    public static EntryState rejected() {
        return new EntryState(ApprovalStatus.REJECTED, Revision.NONE, false);
    }

    public EntryState withRevision(Revision newRevision) {
        return new EntryState(status, newRevision, removed);
    }

    public boolean hasPendingRevision() {
        return revision != Revision.NONE;
    }

    /** Waits for a reviewer: a pending entry, or an approved one with a pending revision. */
    public boolean needsReview() {
        return !removed && (status == ApprovalStatus.PENDING || hasPendingRevision());
    }
}
