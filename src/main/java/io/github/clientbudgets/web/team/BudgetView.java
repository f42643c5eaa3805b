package io.github.clientbudgets.web.team;

import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.common.Fields;
import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.common.Money;
import io.github.clientbudgets.summary.Summary;

/** A budget with its headline figures, for templates: immutable, getters only (all on the Velocity allowlist). */
public final class BudgetView {
    private final Budget budget;
    private final Summary summary;
    private final String ownerName;
    private final boolean canManage;

    public BudgetView(Budget budget, Summary summary, String ownerName, boolean canManage) {
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
        return Fields.iso(budget.startDate());
    }

    public String getEndDate() {
        return budget.endDate() == null ? "" : Fields.iso(budget.endDate());
    }

    public String getOwnerKey() {
        return budget.ownerKey() == null ? "" : budget.ownerKey();
    }

    public String getOwnerName() {
        return ownerName == null ? "" : ownerName;
    }

    public String getTotalAmount() {
        return budget.totalAmount() == null ? "" : Money.format(budget.totalAmount());
    }

    public String getTotalHours() {
        return budget.totalSeconds() == null ? "" : Hours.format(budget.totalSeconds());
    }

    public String getUsedAmount() {
        return Money.format(summary.usedAmount());
    }

    public String getRemainingAmount() {
        return summary.remainingAmount() == null ? "" : Money.format(summary.remainingAmount());
    }

    /** What pending time and expenses would add once approved. */
    public String getPendingAmount() {
        return Money.format(summary.pendingAmount());
    }

    public String getExpensesAmount() {
        return Money.format(summary.expensesAmount());
    }

    public String getUsedHours() {
        return Hours.format(summary.usedSeconds());
    }

    public String getPendingHours() {
        return Hours.format(summary.pendingSeconds());
    }

    public String getRemainingHours() {
        return summary.remainingSeconds() == null ? "" : Hours.format(summary.remainingSeconds());
    }

    /** 0..100, for the width of a progress bar. */
    public int getProgressWidth() {
        Integer percent = summary.percentUsed();
        return percent == null ? 0 : Math.max(0, Math.min(100, percent));
    }

    /** The percentage as text, "" when the budget has neither amount nor hours. */
    public String getPercentUsed() {
        return summary.percentUsed() == null ? "" : summary.percentUsed() + " %";
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
