package io.github.clientbudgets.approval;

import io.github.clientbudgets.review.ApprovalRefusal;
import java.util.List;

/** The answer to a bulk decision: which entries it changed (or found already so), and which it refused and why. */
public record BulkOutcome(List<Long> succeeded, List<Failure> failed) {

    public record Failure(long id, ApprovalRefusal reason) {
    }
}
