package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One retainer period, for the team and (from approved figures only) for clients: hours as decimal strings,
 * carried in/out signed (negative = borrowed), {@code expiredHours} unused hours lost at the period's end (null for
 * the current period, whose end is still to come), {@code overageHours} use beyond what the period had and could
 * borrow (so far, for the current one). {@code allowanceAmount} only where the retainer has an amount;
 * {@code current}: the period holding today.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PeriodJson(
        @JsonProperty("period") String period,
        @JsonProperty("allowanceHours") String allowanceHours,
        @JsonProperty("carriedInHours") String carriedInHours,
        @JsonProperty("usedHours") String usedHours,
        @JsonProperty("remainingHours") String remainingHours,
        @JsonProperty("carriedOutHours") String carriedOutHours,
        @JsonProperty("expiredHours") String expiredHours,
        @JsonProperty("overageHours") String overageHours,
        @JsonProperty("allowanceAmount") @JsonInclude(JsonInclude.Include.NON_NULL) String allowanceAmount,
        @JsonProperty("locked") boolean locked,
        @JsonProperty("current") boolean current) {
}
