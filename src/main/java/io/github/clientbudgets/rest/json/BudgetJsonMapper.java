package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.audit.AuditRecord;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.common.Fields;
import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.common.Money;
import io.github.clientbudgets.period.RetainerPeriods;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.permission.ProjectRef;
import io.github.clientbudgets.summary.PeriodSummary;
import io.github.clientbudgets.summary.ServiceSummary;
import io.github.clientbudgets.forecast.Forecasts;
import io.github.clientbudgets.summary.Summary;

/** Budgets, their summaries and their audit trail as the team's REST shows them. */
public class BudgetJsonMapper {
    private final Permissions permissions;
    private final RetainerPeriods retainers;

    /** Without retainer terms (they show as null): for tests of the other fields. */
    public BudgetJsonMapper(Permissions permissions) {
        this(permissions, null);
    }

    public BudgetJsonMapper(Permissions permissions, RetainerPeriods retainers) {
        this.permissions = permissions;
        this.retainers = retainers;
    }

    public BudgetJson budget(Budget b, boolean canManage) {
        return new BudgetJson(b.id(), b.projectId(),
                permissions.projectById(b.projectId()).map(ProjectRef::key).orElse(null), b.name(), b.type().name(),
                b.currency().getCurrencyCode(), Money.format(b.totalAmount()), Hours.format(b.totalSeconds()),
                Fields.iso(b.startDate()), Fields.iso(b.endDate()), b.ownerKey(), displayName(b.ownerKey()),
                b.status().name(), b.approvalRequired(), b.clientAccess(), b.showPersonNames(), b.showComments(), b.showForecast(),
                b.alertWarnPercent(), b.alertCriticalPercent(), b.version(), canManage,
                retainers == null || b.type() != BudgetType.RETAINER ? null
                        : retainers.terms(b.id()).map(PeriodJsonMapper::retainer).orElse(null));
    }

    public SummaryJson summary(Summary s) {
        return summary(s, null);
    }

    /** @param forecasts the budget's forecasts; null when it has none */
    public SummaryJson summary(Summary s, Forecasts forecasts) {
        return new SummaryJson(s.budgetId(), s.currency().getCurrencyCode(), Money.format(s.totalAmount()),
                Money.format(s.usedAmount()), Money.format(s.remainingAmount()), Money.format(s.expensesAmount()),
                Hours.format(s.totalSeconds()), Hours.format(s.usedSeconds()), Hours.format(s.pendingSeconds()),
                Hours.format(s.remainingSeconds()), s.percentUsed(), Money.format(s.pendingAmount()),
                s.services().stream().map(BudgetJsonMapper::line).toList(),
                s.periods().stream().map(BudgetJsonMapper::period).toList(),
                forecasts == null ? null : ForecastJson.of(forecasts.approved()),
                forecasts == null ? null : ForecastJson.of(forecasts.withPending()));
    }

    private static SummaryJson.Line line(ServiceSummary s) {
        return new SummaryJson.Line(s.serviceId(), s.name(), s.billing().name(), Hours.format(s.budgetedSeconds()),
                Hours.format(s.usedSeconds()), Hours.format(s.usedBillableSeconds()), Money.format(s.usedAmount()),
                Hours.format(s.pendingSeconds()), Money.format(s.pendingAmount()));
    }

    private static SummaryJson.Period period(PeriodSummary p) {
        return new SummaryJson.Period(p.month().toString(), p.current(), Money.format(p.allowance()),
                Money.format(p.usedAmount()), Hours.format(p.usedSeconds()), Hours.format(p.pendingSeconds()),
                Money.format(p.carryOver()));
    }

    public AuditEntryJson audit(AuditRecord r) {
        return new AuditEntryJson(r.when().toString(), r.authorKey(), displayName(r.authorKey()), r.objectType(),
                r.objectId(), r.action(), r.field(), r.from(), r.to(), r.reason());
    }

    private String displayName(String userKey) {
        return userKey == null ? null : permissions.displayName(userKey);
    }
}
