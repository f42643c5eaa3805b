package io.github.clientbudgets.forecast;

import java.time.LocalDate;
import java.util.List;

/** A budget's time per work day, summed by the database. */
public interface BurnQueries {
    /**
     * The days from {@code from} on (inclusive) that have time, in order, future-dated days included (the caller
     * decides what they count for).
     *
     * @param approvalRequired whether "approved" means the published snapshot (true) or live time (false)
     */
    List<DayBurn> byWorkDay(long budgetId, boolean approvalRequired, LocalDate from);
}
