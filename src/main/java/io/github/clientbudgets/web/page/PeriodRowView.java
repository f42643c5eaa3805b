package io.github.clientbudgets.web.page;

import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.period.PeriodFigures;
import io.github.clientbudgets.period.PeriodKind;

import java.util.Currency;

/**
 * One retainer period's figures as the reader sees them (his locale, the currency's symbol), for the budget page and
 * the portal alike. Carried hours are signed: positive = unused hours carried over, negative = hours borrowed; the
 * templates say so beside the table. A quarter's label is the template's ({@link #isQuarterly}, {@link #getNumber},
 * {@link #getYear}), so that its words are the translator's.
 */
public final class PeriodRowView {
    private final PeriodFigures figures;
    private final boolean current;
    private final Currency currency;
    private final Formats formats;

    public PeriodRowView(PeriodFigures figures, boolean current, Currency currency, Formats formats) {
        this.figures = figures;
        this.current = current;
        this.currency = currency;
        this.formats = formats;
    }

    /** {@code "2026-11"} or {@code "2026-Q4"}: for machines (ids, data attributes). */
    public String getKey() {
        return figures.period().toString();
    }

    public boolean isQuarterly() {
        return figures.period().kind() == PeriodKind.QUARTERLY;
    }

    /** The month's name and year, "November 2026" (for a quarter: its first month's). */
    public String getMonth() {
        return formats.month(figures.period().firstMonth());
    }

    /** The quarter (1..4) or the month (1..12) within the year. */
    public String getNumber() {
        return String.valueOf(figures.period().number());
    }

    /** The year as written, never grouped ("2026", not "2,026"). */
    public String getYear() {
        return String.valueOf(figures.period().year());
    }

    public boolean isCurrent() {
        return current;
    }

    /** Frozen figures of a locked period: later changes of time or terms leave them as they are. */
    public boolean isLocked() {
        return figures.locked();
    }

    public String getAllowanceHours() {
        return formats.hours(figures.allowanceSeconds());
    }

    /** The period's fee; "" when the retainer is sold in hours only. */
    public String getAllowanceAmount() {
        return formats.money(figures.allowanceAmount(), currency);
    }

    public String getCarriedInHours() {
        return formats.hours(figures.carriedInSeconds());
    }

    public String getUsedHours() {
        return formats.hours(figures.usedSeconds());
    }

    public String getRemainingHours() {
        return formats.hours(figures.remainingSeconds());
    }

    public String getCarriedOutHours() {
        return formats.hours(figures.carriedOutSeconds());
    }

    /** More used than the period had: remaining is negative. */
    public boolean isOverdrawn() {
        return figures.remainingSeconds() < 0;
    }

    /** Use beyond the period's hours and what it could borrow. */
    public String getOverageHours() {
        return formats.hours(figures.overageSeconds());
    }

    public boolean isHasOverage() {
        return figures.overageSeconds() > 0;
    }

    /** 0..100: used of what the period had (allowance plus carried in), for a progress bar. */
    public int getProgressWidth() {
        long had = figures.allowanceSeconds() + figures.carriedInSeconds();
        if (had <= 0) {
            return figures.usedSeconds() > 0 ? 100 : 0;
        }
        return (int) Math.max(0, Math.min(100, figures.usedSeconds() * 100 / had));
    }
}
