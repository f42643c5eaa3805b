package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** One page of a list of entries: how many match in all, and the page's entries. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TimeEntryPageJson(
        @JsonProperty("total") long total,
        @JsonProperty("entries") List<TimeEntryJson> entries) {
}
