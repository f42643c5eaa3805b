package io.github.clientbudgets.web.team;

import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.common.Money;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.summary.ServiceSummary;

/** A service row of the budget page (team only: the cost rate is shown here and nowhere a client looks). */
public final class ServiceView {
    private final LineItem service;
    private final ServiceSummary summary;

    public ServiceView(LineItem service, ServiceSummary summary) {
        this.service = service;
        this.summary = summary;
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
        return service.rate() == null ? "" : Money.format(service.rate());
    }

    public String getCostRate() {
        return service.costRate() == null ? "" : Money.format(service.costRate());
    }

    public String getBudgetedHours() {
        return service.budgetedSeconds() == null ? "" : Hours.format(service.budgetedSeconds());
    }

    public String getUsedHours() {
        return Hours.format(summary == null ? 0 : summary.usedSeconds());
    }

    public String getPendingHours() {
        return Hours.format(summary == null ? 0 : summary.pendingSeconds());
    }

    public String getUsedAmount() {
        return summary == null ? "" : Money.format(summary.usedAmount());
    }

    public boolean isDefault() {
        return service.isDefault();
    }

    /** The version the edit form sends back, so that a change made meanwhile answers 409 instead of being lost. */
    public int getVersion() {
        return service.version();
    }
}
