package io.github.clientbudgets.period;

import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/**
 * Persistence of retainer terms (one row per budget) and of the frozen figures of locked periods. Writes run inside
 * the caller's transaction ({@code BudgetStore.inTransaction}), together with the budget or the lock they belong to.
 */
public interface RetainerTermsStore {
    /** @param currency the budget's currency (the amount is stored in its minor units) */
    Optional<RetainerPlan> plan(long budgetId, Currency currency);

    /** A budget's terms with the frozen figures of its locked periods (by period, every one {@code locked}). */
    record Stored(RetainerPlan plan, Map<PeriodKey, PeriodFigures> frozen) {
    }

    /** The terms and the frozen periods at once (the read of every period request: one statement). */
    Optional<Stored> read(long budgetId, Currency currency);

    /** Inserts or replaces the budget's terms. */
    void put(long budgetId, RetainerPlan plan, Currency currency);

    /** Removes the budget's terms and its frozen periods (a budget that is no retainer any more). */
    void remove(long budgetId);

    /** The frozen figures of the budget's locked periods, by period; every one {@code locked}. */
    Map<PeriodKey, PeriodFigures> frozen(long budgetId, Currency currency);

    /** @return false when the period was frozen already (by this or another node): its figures stay */
    boolean freeze(long budgetId, PeriodFigures figures, Currency currency);

    /** @return whether a frozen row was dropped */
    boolean unfreeze(long budgetId, PeriodKey period);
}
