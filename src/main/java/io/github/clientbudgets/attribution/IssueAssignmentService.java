package io.github.clientbudgets.attribution;

import io.github.clientbudgets.lineitem.LineItem;

import java.util.List;
import java.util.Optional;

/**
 * The team's side of issue assignments: which line item an issue's time counts against (rule 2 of attribution).
 * Reads need browse on the issue's project (else NotFoundException); assigning needs the right to manage the target
 * budget (or, when unassigning, the budget the issue leaves), or project admin (else ForbiddenException).
 */
public interface IssueAssignmentService {
    /** The line item the issue is assigned to, if any. */
    Optional<LineItem> assignedLineItem(String caller, String issueKey);

    /** Line items an issue may be assigned to: those of the open budgets of its project. */
    List<LineItem> assignableLineItems(String caller, String issueKey);

    /** Assigns (or with null unassigns) the issue; re-attributes its time entries. */
    Optional<LineItem> assignIssue(String caller, String issueKey, Long lineItemId);
}
