package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A service of a budget for the team, cost rate included (team endpoints only: never on a client's). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ServiceJson(
        @JsonProperty("id") long id,
        @JsonProperty("budgetId") long budgetId,
        @JsonProperty("name") String name,
        @JsonProperty("billing") String billing,
        @JsonProperty("budgetedHours") String budgetedHours,
        @JsonProperty("rate") String rate,
        @JsonProperty("costRate") String costRate,
        @JsonProperty("isDefault") boolean isDefault,
        @JsonProperty("version") int version) {
}
