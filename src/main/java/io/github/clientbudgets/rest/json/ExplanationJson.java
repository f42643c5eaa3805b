package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The access explainer's answer: whether the user sees the budget as a client, and each condition of the rule;
 * what he would see ({@code approvedOnly}, {@code personNames}, {@code comments}) only when he sees it.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExplanationJson(
        @JsonProperty("userKey") String userKey,
        @JsonProperty("budgetId") long budgetId,
        @JsonProperty("visible") boolean visible,
        @JsonProperty("reasons") List<String> reasons,
        @JsonProperty("conditions") List<Condition> conditions,
        @JsonProperty("approvedOnly") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean approvedOnly,
        @JsonProperty("personNames") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean personNames,
        @JsonProperty("comments") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean comments) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Condition(
            @JsonProperty("key") String key,
            @JsonProperty("met") boolean met,
            @JsonProperty("text") String text) {
    }
}
