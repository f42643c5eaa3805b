package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The team's view of a budget; money and hours as decimal strings, dates as ISO days. {@code retainer}: the terms
 * of a retainer budget, null for other budgets and for a retainer without terms.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BudgetJson(
        @JsonProperty("id") long id,
        @JsonProperty("projectId") long projectId,
        @JsonProperty("projectKey") String projectKey,
        @JsonProperty("name") String name,
        @JsonProperty("type") String type,
        @JsonProperty("currency") String currency,
        @JsonProperty("totalAmount") String totalAmount,
        @JsonProperty("totalHours") String totalHours,
        @JsonProperty("startDate") String startDate,
        @JsonProperty("endDate") String endDate,
        @JsonProperty("ownerKey") String ownerKey,
        @JsonProperty("ownerName") String ownerName,
        @JsonProperty("status") String status,
        @JsonProperty("approvalRequired") boolean approvalRequired,
        @JsonProperty("clientAccess") boolean clientAccess,
        @JsonProperty("showPersonNames") boolean showPersonNames,
        @JsonProperty("showComments") boolean showComments,
        @JsonProperty("showForecast") boolean showForecast,
        @JsonProperty("alertWarnPercent") int alertWarnPercent,
        @JsonProperty("alertCriticalPercent") int alertCriticalPercent,
        @JsonProperty("version") int version,
        @JsonProperty("canManage") boolean canManage,
        @JsonProperty("retainer") RetainerJson retainer) {
}
