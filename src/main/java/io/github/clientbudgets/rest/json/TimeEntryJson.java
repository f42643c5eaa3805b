package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The team's view of a time entry (the JSON type , plus the approved snapshot and the revision).
 * {@code approved} appears only on an entry that has a snapshot; {@code periodLocked} only in the budget's lists.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TimeEntryJson(
        @JsonProperty("id") long id,
        @JsonProperty("worklogId") long worklogId,
        @JsonProperty("issueKey") String issueKey,
        @JsonProperty("budgetId") Long budgetId,
        @JsonProperty("authorKey") String authorKey,
        @JsonProperty("authorName") String authorName,
        @JsonProperty("started") String started,
        @JsonProperty("workDay") String workDay,
        @JsonProperty("seconds") long seconds,
        @JsonProperty("hours") String hours,
        @JsonProperty("serviceId") Long serviceId,
        @JsonProperty("billable") boolean billable,
        @JsonProperty("status") String status,
        @JsonProperty("revision") String revision,
        @JsonProperty("clientNote") String clientNote,
        @JsonProperty("comment") String comment,
        @JsonProperty("reviewerKey") String reviewerKey,
        @JsonProperty("reviewedAt") String reviewedAt,
        @JsonProperty("rejectionReason") String rejectionReason,
        @JsonProperty("approved") @JsonInclude(JsonInclude.Include.NON_NULL) Approved approved,
        @JsonProperty("periodLocked") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean periodLocked) {

    /** What the client sees of the entry, frozen at approval. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Approved(
            @JsonProperty("seconds") long seconds,
            @JsonProperty("workDay") String workDay,
            @JsonProperty("serviceId") Long serviceId,
            @JsonProperty("billable") boolean billable) {
    }

    public TimeEntryJson withPeriodLocked(boolean locked) {
        return new TimeEntryJson(id, worklogId, issueKey, budgetId, authorKey, authorName, started, workDay, seconds,
                hours, serviceId, billable, status, revision, clientNote, comment, reviewerKey, reviewedAt,
                rejectionReason, approved, locked);
    }
}
