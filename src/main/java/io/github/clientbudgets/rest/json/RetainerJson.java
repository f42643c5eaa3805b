package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A retainer's terms on its budget: {@code period} MONTHLY | QUARTERLY, hours and amount of a full period (decimal
 * strings; amount null when sold in hours only), {@code rollover} NONE | CARRY_OVER | BORROW and its cap (null for
 * NONE). The same shape is accepted in the budget's POST and PUT.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RetainerJson(
        @JsonProperty("period") String period,
        @JsonProperty("allowanceHours") String allowanceHours,
        @JsonProperty("allowanceAmount") String allowanceAmount,
        @JsonProperty("rollover") String rollover,
        @JsonProperty("rolloverCapHours") String rolloverCapHours) {
}
