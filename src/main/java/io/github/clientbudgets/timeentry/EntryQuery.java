package io.github.clientbudgets.timeentry;

import io.github.clientbudgets.review.ApprovalStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Which entries a team page or endpoint lists: all filters optional except the budgets (an empty list finds
 * nothing). Filtering and paging happen in SQL.
 *
 * @param budgetIds    the budgets whose services the entries count against
 * @param statuses     empty = any status
 * @param needsReview  only entries waiting for a reviewer (pending, or approved with a pending revision)
 */
public record EntryQuery(List<Long> budgetIds, String authorKey, Long serviceId, LocalDate from, LocalDate to,
                         Set<ApprovalStatus> statuses, boolean needsReview, int start, int limit) {

    public static EntryQuery ofBudgets(List<Long> budgetIds) {
        return new EntryQuery(budgetIds, null, null, null, null, Set.of(), false, 0, 50);
    }
}
