package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One change of the audit trail: who changed which field of what, from what to what, and when. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AuditEntryJson(
        @JsonProperty("when") String when,
        @JsonProperty("authorKey") String authorKey,
        @JsonProperty("authorName") String authorName,
        @JsonProperty("objectType") String objectType,
        @JsonProperty("objectId") long objectId,
        @JsonProperty("action") String action,
        @JsonProperty("field") String field,
        @JsonProperty("from") String from,
        @JsonProperty("to") String to,
        @JsonProperty("reason") String reason) {
}
