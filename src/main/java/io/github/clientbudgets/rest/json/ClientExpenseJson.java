package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An expense as the client sees it (the JSON type ): no markup, no status, no author. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ClientExpenseJson(
        @JsonProperty("id") long id,
        @JsonProperty("date") String date,
        @JsonProperty("description") String description,
        @JsonProperty("amount") String amount,
        @JsonProperty("serviceId") Long serviceId) {
}
