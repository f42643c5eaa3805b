package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The admin endpoints' answers: the installation check, the customer check, the resync. */
public final class AdminJson {
    private AdminJson() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Checks(@JsonProperty("checks") List<Check> checks) {
    }

    /** One server-side check: {@code outcome} pass, warn or fail; {@code seen} what it found, if anything. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Check(
            @JsonProperty("key") String key,
            @JsonProperty("outcome") String outcome,
            @JsonProperty("title") String title,
            @JsonProperty("text") String text,
            @JsonProperty("seen") String seen) {
    }

    /** Whether a named customer would be admitted to the portal, and each step of it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Customer(
            @JsonProperty("username") String username,
            @JsonProperty("found") boolean found,
            @JsonProperty("active") boolean active,
            @JsonProperty("licensed") boolean licensed,
            @JsonProperty("portalPageAdmits") boolean portalPageAdmits,
            @JsonProperty("portalRestAdmits") boolean portalRestAdmits,
            @JsonProperty("budgets") List<CustomerBudget> budgets,
            @JsonProperty("admitted") boolean admitted) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CustomerBudget(@JsonProperty("id") long id, @JsonProperty("name") String name) {
    }

    /** Where the resync stands; the instants null until it has run. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ResyncState(
            @JsonProperty("status") String status,
            @JsonProperty("issuesDone") long issuesDone,
            @JsonProperty("startedAt") String startedAt,
            @JsonProperty("finishedAt") String finishedAt) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ResyncRequested(@JsonProperty("requested") boolean requested) {
    }
}
