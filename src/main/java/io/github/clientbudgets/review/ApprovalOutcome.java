package io.github.clientbudgets.review;

import java.util.Optional;

/**
 * The result of one action: either the new state (and whether the client-visible snapshot must be replaced by the
 * live worklog data), or a refusal. A no-op (e.g. approving an already approved entry twice from two nodes) is an
 * outcome with {@code changed == false}, so it is neither an error nor audited twice.
 */
public record ApprovalOutcome(EntryState state, boolean changed, boolean publishLiveData, ApprovalRefusal refusal) {

    static ApprovalOutcome to(EntryState state, boolean publishLiveData) {
        return new ApprovalOutcome(state, true, publishLiveData, null);
    }

    static ApprovalOutcome unchanged(EntryState state) {
        return new ApprovalOutcome(state, false, false, null);
    }

    static ApprovalOutcome refused(EntryState state, ApprovalRefusal refusal) {
        return new ApprovalOutcome(state, false, false, refusal);
    }

    public boolean isRefused() {
        return refusal != null;
    }

    public Optional<ApprovalRefusal> refusalReason() {
        return Optional.ofNullable(refusal);
    }
}
