package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.approval.BulkOutcome;
import io.github.clientbudgets.review.ApprovalAction;
import io.github.clientbudgets.review.ApprovalRefusal;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DecisionJsonMapperTest {
    private final DecisionJsonMapper mapper = new DecisionJsonMapper(Json.text());
    private final BulkOutcome outcome = new BulkOutcome(List.of(1L, 2L),
            List.of(new BulkOutcome.Failure(3, ApprovalRefusal.OWN_ENTRY)));

    @Test
    void theChangedIdsAreNamedForTheDecisionAndEachRefusalCarriesItsText() {
        String failed = "\"failed\":[{\"id\":3,\"reason\":\"OWN_ENTRY\","
                + "\"message\":\"text(client-budgets.approval.refused.own-entry)\"}]}";
        assertEquals("{\"approved\":[1,2]," + failed, Json.of(mapper.outcome(ApprovalAction.APPROVE, outcome)));
        assertEquals("{\"approved\":[1,2]," + failed, Json.of(mapper.outcome(ApprovalAction.APPROVE_REVISION, outcome)));
        assertEquals("{\"rejected\":[1,2]," + failed, Json.of(mapper.outcome(ApprovalAction.REJECT, outcome)));
        assertEquals("{\"unapproved\":[1,2]," + failed, Json.of(mapper.outcome(ApprovalAction.UNAPPROVE, outcome)));
        assertEquals("{\"discarded\":[1,2]," + failed, Json.of(mapper.outcome(ApprovalAction.DISCARD_REVISION, outcome)));
    }

    @Test
    void nothingRefusedIsAnEmptyList() {
        assertEquals("{\"approved\":[5],\"failed\":[]}",
                Json.of(mapper.outcome(ApprovalAction.APPROVE, new BulkOutcome(List.of(5L), List.of()))));
    }

    @Test
    void aWorklogEventIsNoReviewersDecision() {
        assertThrows(IllegalArgumentException.class, () -> mapper.outcome(ApprovalAction.WORKLOG_EDITED, outcome));
        assertThrows(IllegalArgumentException.class, () -> mapper.outcome(ApprovalAction.WORKLOG_DELETED, outcome));
    }
}
