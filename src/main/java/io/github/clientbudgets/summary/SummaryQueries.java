package io.github.clientbudgets.summary;

import java.util.List;

/** The aggregates the summary needs, computed by the database. */
public interface SummaryQueries {
    /** @param approvalRequired whether "used" means the approved snapshot (true) or live time (false) */
    List<TimeTotals> timeByServiceAndMonth(long budgetId, boolean approvalRequired);

    List<ExpenseTotals> billableExpensesByMonth(long budgetId, boolean approvalRequired);
}
