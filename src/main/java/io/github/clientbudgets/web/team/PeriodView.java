package io.github.clientbudgets.web.team;

import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.summary.PeriodSummary;

import java.util.Currency;

/** One month of a retainer, as the reader sees it. */
public final class PeriodView {
    private final PeriodSummary period;
    private final Currency currency;
    private final Formats formats;

    public PeriodView(PeriodSummary period, Currency currency, Formats formats) {
        this.period = period;
        this.currency = currency;
        this.formats = formats;
    }

    public String getMonth() {
        return formats.month(period.month());
    }

    public boolean isCurrent() {
        return period.current();
    }

    public String getAllowance() {
        return formats.money(period.allowance(), currency);
    }

    public String getUsedAmount() {
        return formats.money(period.usedAmount(), currency);
    }

    public String getUsedHours() {
        return formats.hours(period.usedSeconds());
    }

    public String getCarryOver() {
        return formats.money(period.carryOver(), currency);
    }
}
