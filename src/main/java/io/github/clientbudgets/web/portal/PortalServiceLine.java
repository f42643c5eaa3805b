package io.github.clientbudgets.web.portal;

import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.common.Money;
import io.github.clientbudgets.portal.ClientSummary;

/** One line of the portal's Services tab: budgeted, used, remaining hours and amounts. */
public final class PortalServiceLine {
    private final ClientSummary.Line line;

    PortalServiceLine(ClientSummary.Line line) {
        this.line = line;
    }

    public String getName() {
        return line.name();
    }

    public String getBillingKey() {
        return "client-budgets.billing." + line.billing();
    }

    public String getBudgetedHours() {
        return line.budgetedSeconds() == null ? "" : Hours.format(line.budgetedSeconds());
    }

    public String getUsedHours() {
        return Hours.format(line.usedSeconds());
    }

    public String getRemainingHours() {
        return line.remainingSeconds() == null ? "" : Hours.format(line.remainingSeconds());
    }

    public String getBudgetedAmount() {
        return line.budgetedAmount() == null ? "" : Money.format(line.budgetedAmount());
    }

    public String getUsedAmount() {
        return Money.format(line.usedAmount());
    }

    public String getRemainingAmount() {
        return line.remainingAmount() == null ? "" : Money.format(line.remainingAmount());
    }
}
