package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A month's sign-off: who signed, when, the totals accepted (hours as a decimal, the amount in the budget's
 * currency) and the statement's SHA-256 {@code digest}; {@code state} SIGNED or SUPERSEDED (then
 * {@code supersededAt}).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SignOffJson(
        @JsonProperty("id") long id,
        @JsonProperty("budgetId") long budgetId,
        @JsonProperty("period") String period,
        @JsonProperty("state") String state,
        @JsonProperty("signedBy") String signedBy,
        @JsonProperty("signedByName") String signedByName,
        @JsonProperty("signedAt") String signedAt,
        @JsonProperty("hours") String hours,
        @JsonProperty("amount") String amount,
        @JsonProperty("currency") String currency,
        @JsonProperty("digest") String digest,
        @JsonProperty("supersededAt") String supersededAt) {
}
