package io.github.clientbudgets.lineitem;

/**
 * The issues assigned to line items, as far as deleting a line item needs them. The assignments belong to package
 * {@code attribution}, which builds on line items: its store implements this rather than being called by name.
 */
public interface IssueAssignments {
    /** Removes every issue's assignment to this line item. */
    void removeAssignmentsOf(long lineItemId);
}
