package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A budget in the client's list (the JSON type ): approved figures only, no cost, nothing pending. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ClientBudgetJson(
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
        @JsonProperty("approvalRequired") boolean approvalRequired) {
}
