package io.github.clientbudgets.web.portal;

import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.common.Money;
import io.github.clientbudgets.portal.ClientSummary;

import java.util.List;

/** A budget's client-safe headline for the portal's templates (built from ClientSummary only). */
public final class PortalBudgetView {
    private final ClientSummary s;

    public PortalBudgetView(ClientSummary summary) {
        this.s = summary;
    }

    public long getId() {
        return s.budgetId();
    }

    public String getName() {
        return s.name();
    }

    public String getTypeKey() {
        return "client-budgets.type." + s.type();
    }

    public String getCurrency() {
        return s.currency().getCurrencyCode();
    }

    public String getTotalAmount() {
        return s.totalAmount() == null ? "" : Money.format(s.totalAmount());
    }

    public String getUsedAmount() {
        return Money.format(s.usedAmount());
    }

    public String getRemainingAmount() {
        return s.remainingAmount() == null ? "" : Money.format(s.remainingAmount());
    }

    public String getTotalHours() {
        return s.totalSeconds() == null ? "" : Hours.format(s.totalSeconds());
    }

    public String getUsedHours() {
        return Hours.format(s.usedSeconds());
    }

    public String getRemainingHours() {
        return s.remainingSeconds() == null ? "" : Hours.format(s.remainingSeconds());
    }

    public String getPercentUsed() {
        return s.percentUsed() == null ? "" : s.percentUsed() + " %";
    }

    /** 0..100, for the width of a progress bar. */
    public int getProgressWidth() {
        return s.percentUsed() == null ? 0 : Math.max(0, Math.min(100, s.percentUsed()));
    }

    public boolean isApprovalRequired() {
        return s.approvalRequired();
    }

    public boolean isRetainer() {
        return "RETAINER".equals(s.type());
    }

    public List<PortalServiceLine> getServices() {
        return s.services().stream().map(PortalServiceLine::new).toList();
    }

    public boolean isHasServices() {
        return !s.services().isEmpty();
    }
}
