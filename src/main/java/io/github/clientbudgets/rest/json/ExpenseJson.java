package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An expense of a budget for the team, with its review status. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExpenseJson(
        @JsonProperty("id") long id,
        @JsonProperty("budgetId") long budgetId,
        @JsonProperty("serviceId") Long serviceId,
        @JsonProperty("date") String date,
        @JsonProperty("description") String description,
        @JsonProperty("amount") String amount,
        @JsonProperty("billable") boolean billable,
        @JsonProperty("markupPercent") String markupPercent,
        @JsonProperty("status") String status,
        @JsonProperty("authorKey") String authorKey,
        @JsonProperty("rejectionReason") String rejectionReason,
        @JsonProperty("version") int version) {
}
