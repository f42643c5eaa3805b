package io.github.clientbudgets.portal;

import io.github.clientbudgets.access.ClientAccessFacts;

/** A budget row as the visibility rule needs it: where it lives, whose it is, and the facts for one user. */
public record BudgetAccess(long budgetId, long projectId, String ownerKey, ClientAccessFacts facts) {
}
