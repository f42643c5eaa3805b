package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * What a reviewer's decision on many entries (or expenses) did: the ids that changed, under a field named for the
 * decision ({@code approved}, {@code rejected}, {@code unapproved}, {@code discarded}), and those refused, each with
 * the reason's code and text.
 */
public sealed interface DecisionOutcomeJson {
    List<Long> succeeded();

    List<Failure> failed();

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Failure(
            @JsonProperty("id") long id,
            @JsonProperty("reason") String reason,
            @JsonProperty("message") String message) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Approved(
            @JsonProperty("approved") List<Long> succeeded,
            @JsonProperty("failed") List<Failure> failed) implements DecisionOutcomeJson {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Rejected(
            @JsonProperty("rejected") List<Long> succeeded,
            @JsonProperty("failed") List<Failure> failed) implements DecisionOutcomeJson {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Unapproved(
            @JsonProperty("unapproved") List<Long> succeeded,
            @JsonProperty("failed") List<Failure> failed) implements DecisionOutcomeJson {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Discarded(
            @JsonProperty("discarded") List<Long> succeeded,
            @JsonProperty("failed") List<Failure> failed) implements DecisionOutcomeJson {
    }
}
