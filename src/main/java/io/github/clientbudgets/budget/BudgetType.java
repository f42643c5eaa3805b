package io.github.clientbudgets.budget;


import java.util.EnumSet;
import java.util.Set;

/** The kinds of budget, and which service billings fit each. */
public enum BudgetType {
    FIXED_PRICE(EnumSet.of(Billing.FIXED, Billing.NON_BILLABLE)),
    TIME_AND_MATERIALS(EnumSet.allOf(Billing.class)),
    /** A monthly amount that renews; consumed by hours. */
    RETAINER(EnumSet.of(Billing.HOURLY, Billing.NON_BILLABLE)),
    NON_BILLABLE(EnumSet.of(Billing.NON_BILLABLE));

    private final Set<Billing> allowedBillings;

    BudgetType(Set<Billing> allowedBillings) {
        this.allowedBillings = allowedBillings;
    }

    public boolean allows(Billing billing) {
        return allowedBillings.contains(billing);
    }

    public Set<Billing> allowedBillings() {
        return EnumSet.copyOf(allowedBillings);
    }
}
