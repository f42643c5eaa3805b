package io.github.clientbudgets.web.page;

import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.period.PeriodFigures;
import io.github.clientbudgets.period.PeriodKind;
import io.github.clientbudgets.period.RetainerTerms;
import io.github.clientbudgets.period.RolloverRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A retainer's periods for a page: its terms in words, the period holding today (none once the retainer has ended
 * or before it starts) and every period from the first to that one, oldest first, as a ledger reads (each period's
 * "carried in" is the previous one's "carried out"). Not shown for budgets without retainer terms.
 */
public final class PeriodsPanel {
    /** Nothing to show: the budget is no retainer, or has no terms. */
    public static final PeriodsPanel NONE = new PeriodsPanel(null, List.of(), null, null, null);

    private final RetainerTerms terms;
    private final List<PeriodRowView> rows;
    private final PeriodRowView current;
    private final Currency currency;
    private final Formats formats;

    private PeriodsPanel(RetainerTerms terms, List<PeriodRowView> rows, PeriodRowView current, Currency currency,
                         Formats formats) {
        this.terms = terms;
        this.currency = currency;
        this.rows = rows;
        this.current = current;
        this.formats = formats;
    }

    /**
     * @param periods the budget's periods in order, first to the one holding {@code today} (or to the last)
     */
    public static PeriodsPanel of(RetainerTerms terms, List<PeriodFigures> periods, LocalDate today,
                                  Currency currency, Formats formats) {
        Objects.requireNonNull(terms, "terms");
        List<PeriodRowView> rows = new ArrayList<>(periods.size());
        PeriodRowView current = null;
        for (PeriodFigures figures : periods) {
            boolean holdsToday = figures.period().contains(today);
            PeriodRowView row = new PeriodRowView(figures, holdsToday, currency, formats);
            rows.add(row);
            if (holdsToday) {
                current = row;
            }
        }
        return new PeriodsPanel(terms, List.copyOf(rows), current, currency, formats);
    }

    public boolean isShown() {
        return terms != null;
    }

    public boolean isQuarterly() {
        return terms != null && terms.period() == PeriodKind.QUARTERLY;
    }

    public String getAllowanceHours() {
        return terms == null ? "" : formats.hours(terms.allowanceSeconds());
    }

    /** A full period's fee; "" without one. */
    public String getAllowanceAmount() {
        return terms == null || terms.allowanceAmount() == null ? "" : formats.money(terms.allowanceAmount(), currency);
    }

    public boolean isHasAmounts() {
        return terms != null && terms.allowanceAmount() != null;
    }

    /** The i18n key of the rollover rule in words, one argument: the cap in hours. */
    public String getRuleKey() {
        return terms == null ? "" : "client-budgets.periods.rule." + terms.rollover().rule().name()
                + (isQuarterly() ? ".quarter" : ".month");
    }

    public String getCapHours() {
        return terms == null || terms.rollover().rule() == RolloverRule.NONE ? ""
                : formats.hours(terms.rollover().capSeconds());
    }

    public boolean isBorrowing() {
        return terms != null && terms.rollover().rule() == RolloverRule.BORROW;
    }

    public boolean isHasPeriods() {
        return !rows.isEmpty();
    }

    /** Every period, oldest first. */
    public List<PeriodRowView> getPeriods() {
        return rows;
    }

    public boolean isHasCurrent() {
        return current != null;
    }

    /** The period holding today; null when none does. */
    public PeriodRowView getCurrent() {
        return current;
    }

    /** Before the first period (the retainer starts later): nothing to list yet. */
    public boolean isNotStarted() {
        return terms != null && rows.isEmpty();
    }

    /** After the last period: the retainer has ended, the table is its whole history. */
    public boolean isEnded() {
        return terms != null && !rows.isEmpty() && current == null;
    }

    /** The first day of the retainer, as the reader writes dates. */
    public String getStartDate() {
        return terms == null ? "" : formats.date(terms.startDate());
    }
}
