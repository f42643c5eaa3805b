package io.github.clientbudgets.summary;

import java.util.List;

/** The aggregates the summary needs, computed by the database. */
public interface SummaryQueries {
    /** @param approvalRequired whether "used" means the approved snapshot (true) or live time (false) */
    List<TimeTotals> timeByServiceAndMonth(long budgetId, boolean approvalRequired);

    List<ExpenseTotals> billableExpensesByMonth(long budgetId, boolean approvalRequired);

    /** Both aggregates of one summary. */
    record Totals(List<TimeTotals> time, List<ExpenseTotals> expenses) {
    }

    /** Both at once; an implementation may need fewer round trips to the database than the two calls. */
    default Totals totals(long budgetId, boolean approvalRequired) {
        return new Totals(timeByServiceAndMonth(budgetId, approvalRequired),
                billableExpensesByMonth(budgetId, approvalRequired));
    }
}
