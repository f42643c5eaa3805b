package io.github.clientbudgets.budget;

/** How a service earns: HOURLY = rate x approved billable hours, FIXED = its price, NON_BILLABLE = nothing. */
public enum Billing {
    HOURLY, FIXED, NON_BILLABLE
}
