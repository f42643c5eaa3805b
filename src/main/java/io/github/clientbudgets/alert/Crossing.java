package io.github.clientbudgets.alert;

import java.math.BigDecimal;

/**
 * A threshold a budget's approved figure has reached, recorded once: its key is unique in the database, so of two
 * nodes recording the same crossing at once one insert wins, and only the winner sends the mail.
 *
 * @param base what the percentage was of when it was recorded (the budget's total, the period's allowance plus what
 *             it carried in): when that changes and the figure is below the threshold again, the crossing re-arms
 */
public record Crossing(long budgetId, String scope, Metric metric, int threshold, BigDecimal base) {
    /** The scope of the budget's total (a retainer period's scope is its key, "2026-11" or "2026-Q4"). */
    public static final String TOTAL = "total";

    /** "budgetId:scope:metric:threshold", the unique key. */
    public String key() {
        return budgetId + ":" + scope + ":" + metric + ":" + threshold;
    }

    boolean sameAs(Measure measure, int percent) {
        return scope.equals(measure.scope()) && metric == measure.metric() && threshold == percent;
    }
}
