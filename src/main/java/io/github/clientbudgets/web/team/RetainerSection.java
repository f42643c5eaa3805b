package io.github.clientbudgets.web.team;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.common.Money;
import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.period.RetainerPeriods;
import io.github.clientbudgets.period.RetainerTerms;
import io.github.clientbudgets.period.RolloverRule;
import io.github.clientbudgets.web.page.PeriodsPanel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The budget page's retainer part: the periods (current one and history) and what the edit form shows of the terms
 * (plain decimals, the values the REST API takes back). For a budget that is no retainer, nothing.
 */
public final class RetainerSection {
    public static final RetainerSection NONE = new RetainerSection(PeriodsPanel.NONE, null);

    private final PeriodsPanel panel;
    private final RetainerTerms terms;

    private RetainerSection(PeriodsPanel panel, RetainerTerms terms) {
        this.panel = panel;
        this.terms = terms;
    }

    /** The section of a budget the caller may see (the caller is checked before). */
    public static RetainerSection of(RetainerPeriods periods, Clock clock, Budget budget, Formats formats) {
        if (periods == null || budget.type() != BudgetType.RETAINER) {
            return NONE;
        }
        Optional<RetainerTerms> terms = periods.terms(budget.id());
        if (terms.isEmpty()) {
            return new RetainerSection(PeriodsPanel.NONE, null);
        }
        LocalDate today = LocalDate.now(clock);
        return new RetainerSection(PeriodsPanel.of(terms.get(), periods.periods(budget.id(), today), today,
                budget.currency(), formats), terms.get());
    }

    public PeriodsPanel getPanel() {
        return panel;
    }

    // what the edit form is filled with

    /** {@code MONTHLY} (also the default of a new retainer) or {@code QUARTERLY}. */
    public String getPeriodValue() {
        return terms == null ? "MONTHLY" : terms.period().name();
    }

    public String getAllowanceHoursValue() {
        return terms == null ? "" : Hours.format(terms.allowanceSeconds());
    }

    public String getAllowanceAmountValue() {
        return terms == null || terms.allowanceAmount() == null ? "" : Money.format(terms.allowanceAmount());
    }

    /** {@code NONE}, {@code CARRY_OVER} or {@code BORROW}. */
    public String getRolloverValue() {
        return terms == null ? RolloverRule.NONE.name() : terms.rollover().rule().name();
    }

    public String getRolloverCapHoursValue() {
        return terms == null || terms.rollover().rule() == RolloverRule.NONE ? ""
                : Hours.format(terms.rollover().capSeconds());
    }
}
