package io.github.clientbudgets.period;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A retainer budget's periods with their figures: what the budget page, the portal, the alerts and the forecast
 * read. Figures come from approved time (see {@link RetainerQueries}) and the frozen figures of locked periods.
 */
public interface RetainerPeriods {
    /** The budget's retainer terms; empty when the budget is no retainer or has no period set. */
    Optional<RetainerTerms> terms(long budgetId);

    /**
     * The budget's periods from its first to the one holding {@code today} (or its last, when that comes first),
     * in order; empty when the budget has no terms or starts after {@code today}.
     */
    List<PeriodFigures> periods(long budgetId, LocalDate today);
}
