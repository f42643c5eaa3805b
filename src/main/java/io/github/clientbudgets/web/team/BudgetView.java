package io.github.clientbudgets.web.team;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.common.Fields;
import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.common.Money;
import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.summary.Summary;

/**
 * A budget with its headline figures, for templates: immutable, getters only (all on the Velocity allowlist). A
 * figure's getter answers it as the reader sees it (his locale, the currency's symbol, Jira's date format); the
 * {@code ...Value} getters answer what the edit form sends back (plain decimals, ISO dates).
 */
public final class BudgetView {
    private final Budget budget;
    private final Summary summary;
    private final String ownerName;
    private final boolean canManage;
    private final Formats formats;

    public BudgetView(Budget budget, Summary summary, String ownerName, boolean canManage, Formats formats) {
        this.formats = formats;
        this.budget = budget;
        this.summary = summary;
        this.ownerName = ownerName;
        this.canManage = canManage;
    }

    public long getId() {
        return budget.id();
    }

    /** The stored version: the edit form sends it back (optimistic concurrency). */
    public int getVersion() {
        return budget.version();
    }

    public String getName() {
        return budget.name();
    }

    public String getType() {
        return budget.type().name();
    }

    public String getCurrency() {
        return budget.currency().getCurrencyCode();
    }

    /** The i18n key of the type's label. */
    public String getTypeKey() {
        return "client-budgets.type." + budget.type().name();
    }

    /** The i18n key of the status's label. */
    public String getStatusKey() {
        return "client-budgets.status." + budget.status().name();
    }

    public String getStatus() {
        return budget.status().name();
    }

    public String getStartDate() {
        return formats.date(budget.startDate());
    }

    public String getEndDate() {
        return formats.date(budget.endDate());
    }

    /** ISO, for the date input of the edit form. */
    public String getStartDateValue() {
        return Fields.iso(budget.startDate());
    }

    /** ISO or "", for the date input of the edit form. */
    public String getEndDateValue() {
        return budget.endDate() == null ? "" : Fields.iso(budget.endDate());
    }

    public String getOwnerKey() {
        return budget.ownerKey() == null ? "" : budget.ownerKey();
    }

    public String getOwnerName() {
        return ownerName == null ? "" : ownerName;
    }

    public String getTotalAmount() {
        return formats.money(budget.totalAmount(), budget.currency());
    }

    /** A plain decimal or "", for the edit form. */
    public String getTotalAmountValue() {
        return budget.totalAmount() == null ? "" : Money.format(budget.totalAmount());
    }

    public String getTotalHours() {
        return formats.hours(budget.totalSeconds());
    }

    /** Plain decimal hours or "", for the edit form. */
    public String getTotalHoursValue() {
        return budget.totalSeconds() == null ? "" : Hours.format(budget.totalSeconds());
    }

    public String getUsedAmount() {
        return formats.money(summary.usedAmount(), budget.currency());
    }

    public String getRemainingAmount() {
        return formats.money(summary.remainingAmount(), budget.currency());
    }

    /** What pending time and expenses would add once approved. */
    public String getPendingAmount() {
        return formats.money(summary.pendingAmount(), budget.currency());
    }

    public String getExpensesAmount() {
        return formats.money(summary.expensesAmount(), budget.currency());
    }

    public String getUsedHours() {
        return formats.hours(summary.usedSeconds());
    }

    public String getPendingHours() {
        return formats.hours(summary.pendingSeconds());
    }

    public String getRemainingHours() {
        return formats.hours(summary.remainingSeconds());
    }

    /** 0..100, for the width of a progress bar. */
    public int getProgressWidth() {
        Integer percent = summary.percentUsed();
        return percent == null ? 0 : Math.max(0, Math.min(100, percent));
    }

    /** The percentage as text, "" when the budget has neither amount nor hours. */
    public String getPercentUsed() {
        return formats.percent(summary.percentUsed());
    }

    /** "ok", "warn" or "critical" against the budget's alert thresholds. */
    public String getLevel() {
        Integer percent = summary.percentUsed();
        if (percent == null || percent < budget.alertWarnPercent()) {
            return "ok";
        }
        return percent < budget.alertCriticalPercent() ? "warn" : "critical";
    }

    public boolean isApprovalRequired() {
        return budget.approvalRequired();
    }

    public boolean isShowPersonNames() {
        return budget.showPersonNames();
    }

    public boolean isShowComments() {
        return budget.showComments();
    }

    public boolean isShowForecast() {
        return budget.showForecast();
    }

    public boolean isClientAccess() {
        return budget.clientAccess();
    }

    public boolean isRetainer() {
        return budget.type() == io.github.clientbudgets.budget.BudgetType.RETAINER;
    }

    /** Whether any time is counted or waiting: switching approval on then leaves those entries approved. */
    public boolean isHasTime() {
        return summary.usedSeconds() > 0 || summary.pendingSeconds() > 0;
    }

    public boolean isCanManage() {
        return canManage;
    }
}
