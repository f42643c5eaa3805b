package io.github.clientbudgets.review;

import io.github.clientbudgets.review.EntryState.Revision;

import static io.github.clientbudgets.review.ApprovalStatus.APPROVED;
import static io.github.clientbudgets.review.ApprovalStatus.PENDING;
import static io.github.clientbudgets.review.ApprovalStatus.REJECTED;

/**
 * The approval workflow (docs/approval.md), in one place. Reviewer actions (approve, reject, unapprove, approve or
 * discard a revision) are checked first for who acts; worklog changes from Jira are always accepted and only
 * decide what becomes pending. An approved entry is a published snapshot: nothing but a reviewer action changes
 * what the client sees, which is what {@link ApprovalOutcome#publishLiveData()} signals. Locked means locked: in a
 * locked month (of the published snapshot or of the live worklog) no action changes the approved figures (approve,
 * unapprove, approve a revision); rejecting, discarding a revision and worklog changes (which wait as revisions) go on.
 */
public final class ApprovalRules {
    private ApprovalRules() {
    }

    public static ApprovalOutcome apply(EntryState state, ApprovalRequest request) {
        return switch (request.action()) {
            case WORKLOG_EDITED -> worklogEdited(state);
            case WORKLOG_DELETED -> worklogDeleted(state);
            default -> reviewerAction(state, request);
        };
    }

    private static ApprovalOutcome reviewerAction(EntryState state, ApprovalRequest request) {
        if (!request.actorMayApprove()) {
            return ApprovalOutcome.refused(state, ApprovalRefusal.NOT_AN_APPROVER);
        }
        if (request.actorKey() != null && request.actorKey().equals(request.authorKey())) {
            return ApprovalOutcome.refused(state, ApprovalRefusal.OWN_ENTRY);
        }
        if (state.removed()) {
            return ApprovalOutcome.refused(state, ApprovalRefusal.ENTRY_REMOVED);
        }
        return switch (request.action()) {
            case APPROVE -> approve(state, request);
            case REJECT -> reject(state, request);
            case UNAPPROVE -> unapprove(state, request);
            case APPROVE_REVISION -> approveRevision(state, request);
            case DISCARD_REVISION -> discardRevision(state);
            default -> throw new IllegalArgumentException("not a reviewer action: " + request.action());
        };
    }

    private static ApprovalOutcome approve(EntryState state, ApprovalRequest request) {
        if (state.status() == APPROVED) {
            return state.hasPendingRevision()
                    ? ApprovalOutcome.refused(state, ApprovalRefusal.WRONG_STATE) // use APPROVE_REVISION
                    : ApprovalOutcome.unchanged(state);
        }
        // locked means locked: approving would add to the approved figures of a locked month
        if (request.periodLocked()) {
            return ApprovalOutcome.refused(state, ApprovalRefusal.PERIOD_LOCKED);
        }
        // PENDING or REJECTED (a reviewer may change his mind): publish the worklog as it is now
        return ApprovalOutcome.to(EntryState.approved(), true);
    }

    private static ApprovalOutcome reject(EntryState state, ApprovalRequest request) {
        if (request.reason() == null || request.reason().isBlank()) {
            return ApprovalOutcome.refused(state, ApprovalRefusal.REASON_REQUIRED);
        }
        if (state.status() == REJECTED) {
            return ApprovalOutcome.unchanged(state);
        }
        if (state.status() == APPROVED) {
            // an approved entry is taken back with UNAPPROVE, so a client never sees a rejection appear silently
            return ApprovalOutcome.refused(state, ApprovalRefusal.WRONG_STATE);
        }
        return ApprovalOutcome.to(EntryState.rejected(), false);
    }

    private static ApprovalOutcome unapprove(EntryState state, ApprovalRequest request) {
        if (state.status() != APPROVED) {
            return state.status() == PENDING ? ApprovalOutcome.unchanged(state)
                    : ApprovalOutcome.refused(state, ApprovalRefusal.WRONG_STATE);
        }
        if (request.periodLocked()) {
            return ApprovalOutcome.refused(state, ApprovalRefusal.PERIOD_LOCKED);
        }
        return ApprovalOutcome.to(EntryState.pending(), false);
    }

    private static ApprovalOutcome approveRevision(EntryState state, ApprovalRequest request) {
        if (!state.hasPendingRevision()) {
            return ApprovalOutcome.refused(state, ApprovalRefusal.WRONG_STATE);
        }
        // publishing the revision would rewrite a locked month's approved figures: it waits until the unlock
        if (request.periodLocked()) {
            return ApprovalOutcome.refused(state, ApprovalRefusal.PERIOD_LOCKED);
        }
        if (state.revision() == Revision.DELETION) {
            return ApprovalOutcome.to(new EntryState(APPROVED, Revision.NONE, true), true);
        }
        return ApprovalOutcome.to(EntryState.approved(), true);
    }

    private static ApprovalOutcome discardRevision(EntryState state) {
        if (!state.hasPendingRevision()) {
            return ApprovalOutcome.refused(state, ApprovalRefusal.WRONG_STATE);
        }
        return ApprovalOutcome.to(state.withRevision(Revision.NONE), false);
    }

    private static ApprovalOutcome worklogEdited(EntryState state) {
        if (state.removed()) {
            return ApprovalOutcome.unchanged(state);
        }
        return switch (state.status()) {
            // still pending: the reviewer will see the new figures; nothing is published
            case PENDING -> ApprovalOutcome.unchanged(state);
            // the author fixed a rejected worklog: it goes back to the reviewer
            case REJECTED -> ApprovalOutcome.to(EntryState.pending(), false);
            // published snapshot stays; the edit waits as a revision (even in a locked month, where it is flagged)
            case APPROVED -> state.revision() == Revision.EDIT ? ApprovalOutcome.unchanged(state)
                    : ApprovalOutcome.to(state.withRevision(Revision.EDIT), false);
        };
    }

    private static ApprovalOutcome worklogDeleted(EntryState state) {
        if (state.removed()) {
            return ApprovalOutcome.unchanged(state);
        }
        if (state.status() == APPROVED) {
            return state.revision() == Revision.DELETION ? ApprovalOutcome.unchanged(state)
                    : ApprovalOutcome.to(state.withRevision(Revision.DELETION), false);
        }
        // never published: the entry simply goes away
        return ApprovalOutcome.to(new EntryState(state.status(), Revision.NONE, true), false);
    }
}
