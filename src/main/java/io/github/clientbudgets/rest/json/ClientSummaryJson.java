package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * One budget for its client: the list's fields, the expenses and each service; the approved-only forecast where the
 * budget shows it to the client, else null.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ClientSummaryJson(
        @JsonProperty("id") long id,
        @JsonProperty("name") String name,
        @JsonProperty("type") String type,
        @JsonProperty("currency") String currency,
        @JsonProperty("totalAmount") String totalAmount,
        @JsonProperty("usedAmount") String usedAmount,
        @JsonProperty("remainingAmount") String remainingAmount,
        @JsonProperty("totalHours") String totalHours,
        @JsonProperty("usedHours") String usedHours,
        @JsonProperty("remainingHours") String remainingHours,
        @JsonProperty("percentUsed") Integer percentUsed,
        @JsonProperty("approvalRequired") boolean approvalRequired,
        @JsonProperty("budgetId") long budgetId,
        @JsonProperty("expensesAmount") String expensesAmount,
        @JsonProperty("services") List<Line> services,
        @JsonProperty("forecast") ForecastJson forecast) {

    /** One service: budgeted, used and remaining (amounts null where the service has none). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Line(
            @JsonProperty("serviceId") long serviceId,
            @JsonProperty("name") String name,
            @JsonProperty("billing") String billing,
            @JsonProperty("budgetedHours") String budgetedHours,
            @JsonProperty("usedHours") String usedHours,
            @JsonProperty("remainingHours") String remainingHours,
            @JsonProperty("budgetedAmount") String budgetedAmount,
            @JsonProperty("usedAmount") String usedAmount,
            @JsonProperty("remainingAmount") String remainingAmount) {
    }
}
