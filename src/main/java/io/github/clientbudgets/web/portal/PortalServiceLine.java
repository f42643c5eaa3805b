package io.github.clientbudgets.web.portal;

import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.portal.ClientSummary;

import java.util.Currency;

/** One line of the portal's Services tab: budgeted, used, remaining hours and amounts. */
public final class PortalServiceLine {
    private final ClientSummary.Line line;
    private final Currency currency;
    private final Formats formats;

    PortalServiceLine(ClientSummary.Line line, Currency currency, Formats formats) {
        this.line = line;
        this.currency = currency;
        this.formats = formats;
    }

    public String getName() {
        return line.name();
    }

    public String getBillingKey() {
        return "client-budgets.billing." + line.billing();
    }

    public String getBudgetedHours() {
        return formats.hours(line.budgetedSeconds());
    }

    public String getUsedHours() {
        return formats.hours(line.usedSeconds());
    }

    public String getRemainingHours() {
        return formats.hours(line.remainingSeconds());
    }

    public String getBudgetedAmount() {
        return formats.money(line.budgetedAmount(), currency);
    }

    public String getUsedAmount() {
        return formats.money(line.usedAmount(), currency);
    }

    public String getRemainingAmount() {
        return formats.money(line.remainingAmount(), currency);
    }
}
