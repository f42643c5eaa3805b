package io.github.clientbudgets.period;

import java.time.YearMonth;
import java.util.Map;

/** The time a retainer's periods count, summed by the database; quarters are folded from months by the caller. */
public interface RetainerQueries {
    /**
     * Seconds used per calendar month (months without time are absent). With approval required: the approved
     * snapshots ({@code APPROVED_SECONDS} by their approved line item and month), so pending and rejected time never
     * counts and a revision waiting for review counts as it was approved. Without approval: every entry's live time,
     * by its work month, as the summary's "used".
     */
    Map<YearMonth, Long> usedSecondsByMonth(long budgetId, boolean approvalRequired);
}
