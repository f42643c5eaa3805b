package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** A budget's alert settings as the team's REST shows them ({@code canManage}: whether the caller may change them). */
@JsonPropertyOrder({"budgetId", "thresholds", "notifyClient", "canManage"})
public record AlertSettingsJson(
        @JsonProperty("budgetId") long budgetId,
        @JsonProperty("thresholds") List<Integer> thresholds,
        @JsonProperty("notifyClient") boolean notifyClient,
        @JsonProperty("canManage") boolean canManage) {
}
