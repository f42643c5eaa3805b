package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A budget's figures for the team: used, pending and remaining, per service and (retainers) per month; the forecast
 * from approved time only ({@code forecast}) and with pending time counted as used ({@code forecastWithPending}),
 * both null for a budget without total hours.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SummaryJson(
        @JsonProperty("budgetId") long budgetId,
        @JsonProperty("currency") String currency,
        @JsonProperty("totalAmount") String totalAmount,
        @JsonProperty("usedAmount") String usedAmount,
        @JsonProperty("remainingAmount") String remainingAmount,
        @JsonProperty("expensesAmount") String expensesAmount,
        @JsonProperty("totalHours") String totalHours,
        @JsonProperty("usedHours") String usedHours,
        @JsonProperty("pendingHours") String pendingHours,
        @JsonProperty("remainingHours") String remainingHours,
        @JsonProperty("percentUsed") Integer percentUsed,
        @JsonProperty("pendingAmount") String pendingAmount,
        @JsonProperty("services") List<Line> services,
        @JsonProperty("periods") List<Period> periods,
        @JsonProperty("forecast") ForecastJson forecast,
        @JsonProperty("forecastWithPending") ForecastJson forecastWithPending) {

    /** One service's share. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Line(
            @JsonProperty("serviceId") long serviceId,
            @JsonProperty("name") String name,
            @JsonProperty("billing") String billing,
            @JsonProperty("budgetedHours") String budgetedHours,
            @JsonProperty("usedHours") String usedHours,
            @JsonProperty("billableHours") String billableHours,
            @JsonProperty("usedAmount") String usedAmount,
            @JsonProperty("pendingHours") String pendingHours,
            @JsonProperty("pendingAmount") String pendingAmount) {
    }

    /** One month of a retainer. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Period(
            @JsonProperty("month") String month,
            @JsonProperty("current") boolean current,
            @JsonProperty("allowance") String allowance,
            @JsonProperty("usedAmount") String usedAmount,
            @JsonProperty("usedHours") String usedHours,
            @JsonProperty("pendingHours") String pendingHours,
            @JsonProperty("carryOver") String carryOver) {
    }
}
