package io.github.clientbudgets.attribution;

import io.github.clientbudgets.lineitem.IssueAssignments;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Persistence of issue assignments (the issue-service table). Writes run in {@code BudgetStore#inTransaction}. */
public interface AssignmentStore extends IssueAssignments {
    Optional<Long> assignedLineItem(long issueId);

    /** The assigned line item of each of these issues that has one (issue id -> line item id), read at once. */
    Map<Long, Long> assignedLineItems(Collection<Long> issueIds);

    /** Sets (or with null removes) the line item of an issue. */
    void assignIssue(long issueId, long projectId, Long lineItemId);
}
