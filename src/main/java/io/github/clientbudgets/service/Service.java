package io.github.clientbudgets.service;

import java.math.BigDecimal;

/**
 * A line of a budget. {@code rate}: price per hour for HOURLY, the price for FIXED, null for NON_BILLABLE.
 * {@code costRate} is internal and never leaves the team's side.
 */
public record Service(long id, long budgetId, String name, Billing billing, Long budgetedSeconds, BigDecimal rate,
                      BigDecimal costRate, boolean isDefault) {

    public Service withId(long newId) {
        return new Service(newId, budgetId, name, billing, budgetedSeconds, rate, costRate, isDefault);
    }

    public Service withDefault(boolean value) {
        return new Service(id, budgetId, name, billing, budgetedSeconds, rate, costRate, value);
    }
}
