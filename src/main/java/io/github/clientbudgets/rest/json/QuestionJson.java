package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A question on a time entry (the JSON type {@code Question}). The client's view and the team's share it; the team's
 * also names who asked and who answered ({@code clientKey}, {@code answeredBy}), which the client's leaves null.
 * The message is the client's text exactly as written: whoever shows it escapes it.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record QuestionJson(
        @JsonProperty("id") long id,
        @JsonProperty("budgetId") long budgetId,
        @JsonProperty("entryId") long entryId,
        @JsonProperty("state") String state,
        @JsonProperty("message") String message,
        @JsonProperty("answer") String answer,
        @JsonProperty("createdAt") String createdAt,
        @JsonProperty("answeredAt") String answeredAt,
        @JsonProperty("requestKey") String requestKey,
        @JsonProperty("clientKey") String clientKey,
        @JsonProperty("answeredBy") String answeredBy) {
}
