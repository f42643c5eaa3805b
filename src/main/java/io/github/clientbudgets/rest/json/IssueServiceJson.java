package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The service an issue is assigned to (null: none), and the services it may be assigned to. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IssueServiceJson(
        @JsonProperty("issueKey") String issueKey,
        @JsonProperty("serviceId") Long serviceId,
        @JsonProperty("service") ServiceJson service,
        @JsonProperty("services") List<ServiceJson> services) {
}
