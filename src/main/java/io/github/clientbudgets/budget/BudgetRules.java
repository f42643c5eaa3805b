package io.github.clientbudgets.budget;

import io.github.clientbudgets.common.Errors;
import io.github.clientbudgets.common.Fields;
import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.common.InputPolicy;
import io.github.clientbudgets.common.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.function.Predicate;

/** Checks a {@link BudgetInput} and builds the {@link Budget} it describes, or throws with every field error. */
public final class BudgetRules {
    private BudgetRules() {
    }

    /**
     * @param existing   the stored budget on update, null on create
     * @param services   the budget's line items (empty on create): a type change must still fit them
     * @param teamMember whether a user key names a team member of the budget's project (a Jira user who may browse
     *                   it: portal-only customers never can)
     */
    public static Budget validate(BudgetInput in, long projectId, Budget existing, Collection<? extends BillableLine> services,
                                  Predicate<String> teamMember, String callerKey) {
        Errors errors = new Errors();
        String name = Fields.name(in.name, "name", errors);
        BudgetType type = Fields.choice(in.type, BudgetType.class, "type", errors);
        Currency currency = Money.currency(in.currency, "currency", errors);
        if (existing != null && currency != null && !currency.equals(existing.currency()) && !services.isEmpty()) {
            // rates are stored in the old currency's minor units: changing it would silently rescale them
            errors.add("currency", "client-budgets.error.currency.locked");
        }
        LocalDate start = Fields.date(in.startDate, "startDate", true, errors);
        LocalDate end = Fields.date(in.endDate, "endDate", false, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("endDate", "client-budgets.error.dates.order");
        }
        BigDecimal totalAmount = Money.amount(in.totalAmount, currency, "totalAmount", errors);
        Long totalSeconds = Hours.toSeconds(in.totalHours, "totalHours", errors);
        boolean amountGiven = in.totalAmount != null && !in.totalAmount.isBlank();
        boolean hoursGiven = in.totalHours != null && !in.totalHours.isBlank();
        if (!amountGiven && !hoursGiven) {
            errors.add("totalAmount", "client-budgets.error.total.required");
        }
        if (type == BudgetType.NON_BILLABLE && amountGiven && totalAmount != null && totalAmount.signum() > 0) {
            errors.add("totalAmount", "client-budgets.error.total.nonBillable");
        }
        if (type != null) {
            for (BillableLine service : services) {
                if (!type.allows(service.billing())) {
                    errors.add("type", "client-budgets.error.type.services", service.name(), service.billing(), type);
                    break;
                }
            }
        }
        String givenOwner = InputPolicy.key(in.ownerKey, "ownerKey", errors);
        String owner = givenOwner == null ? (existing != null ? existing.ownerKey() : callerKey) : givenOwner;
        // checked when set or changed: a stored owner who left the team does not block every other edit
        boolean ownerChanged = existing == null || !java.util.Objects.equals(owner, existing.ownerKey());
        if (owner != null && ownerChanged && !errors.has("ownerKey") && !teamMember.test(owner)) {
            errors.add("ownerKey", "client-budgets.error.owner.team");
        }
        BudgetStatus status = in.status == null || in.status.isBlank()
                ? (existing != null ? existing.status() : BudgetStatus.OPEN)
                : Fields.choice(in.status, BudgetStatus.class, "status", errors);
        int warn = in.alertWarnPercent != null ? in.alertWarnPercent
                : existing != null ? existing.alertWarnPercent() : Budget.DEFAULT_WARN_PERCENT;
        int critical = in.alertCriticalPercent != null ? in.alertCriticalPercent
                : existing != null ? existing.alertCriticalPercent() : Budget.DEFAULT_CRITICAL_PERCENT;
        if (warn < 1 || warn > 1000) {
            errors.add("alertWarnPercent", "client-budgets.error.percent");
        }
        if (critical < 1 || critical > 1000) {
            errors.add("alertCriticalPercent", "client-budgets.error.percent");
        } else if (warn > critical) {
            errors.add("alertCriticalPercent", "client-budgets.error.percent.order");
        }
        // an existing budget's alert levels are the ends of its alert thresholds, which change through its alert
        // settings only: one list, never two that could disagree
        if (existing != null && warn != existing.alertWarnPercent() && !errors.has("alertWarnPercent")) {
            errors.add("alertWarnPercent", "client-budgets.error.alerts.elsewhere");
        }
        if (existing != null && critical != existing.alertCriticalPercent() && !errors.has("alertCriticalPercent")) {
            errors.add("alertCriticalPercent", "client-budgets.error.alerts.elsewhere");
        }
        errors.throwIfAny();
        return new Budget(existing != null ? existing.id() : 0, projectId, name, type, currency, start, end,
                amountGiven ? totalAmount : null, hoursGiven ? totalSeconds : null, owner, status,
                flag(in.approvalRequired, existing != null && existing.approvalRequired()),
                flag(in.clientAccess, existing != null && existing.clientAccess()),
                flag(in.showPersonNames, existing != null && existing.showPersonNames()),
                flag(in.showComments, existing != null && existing.showComments()), warn, critical)
                // the forecast switch is written on its own (PUT .../forecast); a full update keeps it as it is
                .withShowForecast(existing != null && existing.showForecast());
    }

    private static boolean flag(Boolean given, boolean current) {
        return given != null ? given : current;
    }
}
