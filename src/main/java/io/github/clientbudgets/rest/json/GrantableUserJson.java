package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A hit of the grant form's user search. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GrantableUserJson(
        @JsonProperty("key") String key,
        @JsonProperty("displayName") String displayName,
        @JsonProperty("email") String email) {
}
