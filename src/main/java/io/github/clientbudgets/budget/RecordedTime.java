package io.github.clientbudgets.budget;

import java.util.List;

/**
 * What budget and line-item writes ask of the time recorded against them; the time-entry store answers (package
 * {@code timeentry} builds on budgets and line items, so it implements this rather than being called by name).
 */
public interface RecordedTime {
    /** Whether any time entry (live or in an approved snapshot) counts against one of these line items. */
    boolean anyTimeOn(List<Long> lineItemIds);

    /**
     * Publishes every entry of the budget as it is now as its approved snapshot (approval was switched on: what the
     * client saw so far stays what he sees).
     *
     * @return how many entries were published
     */
    int publishLive(long budgetId);
}
