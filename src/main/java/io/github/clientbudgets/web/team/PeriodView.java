package io.github.clientbudgets.web.team;

import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.common.Money;
import io.github.clientbudgets.summary.PeriodSummary;

/** One month of a retainer. */
public final class PeriodView {
    private final PeriodSummary period;

    public PeriodView(PeriodSummary period) {
        this.period = period;
    }

    public String getMonth() {
        return period.month().toString();
    }

    public boolean isCurrent() {
        return period.current();
    }

    public String getAllowance() {
        return period.allowance() == null ? "" : Money.format(period.allowance());
    }

    public String getUsedAmount() {
        return Money.format(period.usedAmount());
    }

    public String getUsedHours() {
        return Hours.format(period.usedSeconds());
    }

    public String getCarryOver() {
        return period.carryOver() == null ? "" : Money.format(period.carryOver());
    }
}
