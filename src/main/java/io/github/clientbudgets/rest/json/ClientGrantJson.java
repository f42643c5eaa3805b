package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A client grant of a project: to one user or to one JSM organization (the other field null);
 * {@code clientManager}: the grantee may sign off months. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ClientGrantJson(
        @JsonProperty("id") long id,
        @JsonProperty("projectId") long projectId,
        @JsonProperty("userKey") String userKey,
        @JsonProperty("userName") String userName,
        @JsonProperty("organizationId") Integer organizationId,
        @JsonProperty("clientManager") boolean clientManager) {
}
