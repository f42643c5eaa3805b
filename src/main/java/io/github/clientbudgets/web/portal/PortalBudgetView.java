package io.github.clientbudgets.web.portal;

import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.portal.ClientSummary;

import java.util.List;

/**
 * A budget's client-safe headline for the portal's templates (built from ClientSummary only), its figures as the
 * reader sees them.
 */
public final class PortalBudgetView {
    private final ClientSummary s;
    private final Formats formats;

    public PortalBudgetView(ClientSummary summary, Formats formats) {
        this.s = summary;
        this.formats = formats;
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
        return formats.money(s.totalAmount(), s.currency());
    }

    public String getUsedAmount() {
        return formats.money(s.usedAmount(), s.currency());
    }

    public String getRemainingAmount() {
        return formats.money(s.remainingAmount(), s.currency());
    }

    public String getTotalHours() {
        return formats.hours(s.totalSeconds());
    }

    public String getUsedHours() {
        return formats.hours(s.usedSeconds());
    }

    public String getRemainingHours() {
        return formats.hours(s.remainingSeconds());
    }

    public String getPercentUsed() {
        return formats.percent(s.percentUsed());
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
        return s.services().stream().map(l -> new PortalServiceLine(l, s.currency(), formats)).toList();
    }

    public boolean isHasServices() {
        return !s.services().isEmpty();
    }
}
