package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.review.ApprovalAction;
import io.github.clientbudgets.approval.BulkOutcome;
import io.github.clientbudgets.i18n.I18nText;

import java.util.List;

/** Reviewers' decisions on entries and expenses: which changed and which were refused, with the reason's text. */
public class DecisionJsonMapper {
    private final I18nText text;

    public DecisionJsonMapper(I18nText text) {
        this.text = text;
    }

    public DecisionOutcomeJson outcome(ApprovalAction action, BulkOutcome outcome) {
        List<Long> succeeded = outcome.succeeded();
        List<DecisionOutcomeJson.Failure> failed = outcome.failed().stream()
                .map(f -> new DecisionOutcomeJson.Failure(f.id(), f.reason().name(), text.get(f.reason().i18nKey())))
                .toList();
        return switch (action) {
            case APPROVE, APPROVE_REVISION -> new DecisionOutcomeJson.Approved(succeeded, failed);
            case REJECT -> new DecisionOutcomeJson.Rejected(succeeded, failed);
            case UNAPPROVE -> new DecisionOutcomeJson.Unapproved(succeeded, failed);
            case DISCARD_REVISION -> new DecisionOutcomeJson.Discarded(succeeded, failed);
            case WORKLOG_EDITED, WORKLOG_DELETED -> throw new IllegalArgumentException("not a reviewer's decision: " + action);
        };
    }
}
