package io.github.clientbudgets.period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A retainer's terms as stored with its budget: everything but the dates, which are the budget's own (so a change of
 * the budget's dates moves the periods with it).
 *
 * @param allowanceAmount the fee of a full period, null when the retainer is sold in hours only
 */
public record RetainerPlan(PeriodKind period, long allowanceSeconds, BigDecimal allowanceAmount, Rollover rollover) {
    public RetainerPlan {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(rollover, "rollover");
    }

    public static RetainerPlan of(RetainerTerms terms) {
        return new RetainerPlan(terms.period(), terms.allowanceSeconds(), terms.allowanceAmount(), terms.rollover());
    }

    /** The full terms over the budget's dates. */
    public RetainerTerms over(LocalDate startDate, LocalDate endDate) {
        return new RetainerTerms(period, allowanceSeconds, allowanceAmount, rollover, startDate, endDate);
    }
}
