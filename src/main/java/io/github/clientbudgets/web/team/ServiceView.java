package io.github.clientbudgets.web.team;

import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.common.Money;
import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.summary.ServiceSummary;

import java.util.Currency;

/**
 * A service row of the budget page (team only: the cost rate is shown here and nowhere a client looks). Figures as
 * the reader sees them; the {@code ...Value} getters are the plain decimals the edit form starts from.
 */
public final class ServiceView {
    private final LineItem service;
    private final ServiceSummary summary;
    private final Currency currency;
    private final Formats formats;

    public ServiceView(LineItem service, ServiceSummary summary, Currency currency, Formats formats) {
        this.service = service;
        this.summary = summary;
        this.currency = currency;
        this.formats = formats;
    }

    public long getId() {
        return service.id();
    }

    public String getName() {
        return service.name();
    }

    public String getBilling() {
        return service.billing().name();
    }

    public String getRate() {
        return formats.money(service.rate(), currency);
    }

    public String getCostRate() {
        return formats.money(service.costRate(), currency);
    }

    public String getBudgetedHours() {
        return formats.hours(service.budgetedSeconds());
    }

    public String getRateValue() {
        return service.rate() == null ? "" : Money.format(service.rate());
    }

    public String getCostRateValue() {
        return service.costRate() == null ? "" : Money.format(service.costRate());
    }

    public String getBudgetedHoursValue() {
        return service.budgetedSeconds() == null ? "" : Hours.format(service.budgetedSeconds());
    }

    public String getUsedHours() {
        return formats.hours(summary == null ? 0 : summary.usedSeconds());
    }

    public String getPendingHours() {
        return formats.hours(summary == null ? 0 : summary.pendingSeconds());
    }

    public String getUsedAmount() {
        return summary == null ? "" : formats.money(summary.usedAmount(), currency);
    }

    public boolean isDefault() {
        return service.isDefault();
    }

    /** The version the edit form sends back, so that a change made meanwhile answers 409 instead of being lost. */
    public int getVersion() {
        return service.version();
    }
}
