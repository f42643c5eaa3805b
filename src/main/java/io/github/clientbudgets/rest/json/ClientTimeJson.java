package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A page of the client's time (the JSON type , as a list): the period's total and one page of entries. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ClientTimeJson(
        @JsonProperty("total") long total,
        @JsonProperty("totalHours") String totalHours,
        @JsonProperty("start") int start,
        @JsonProperty("limit") int limit,
        @JsonProperty("entries") List<Entry> entries) {

    /**
     * One entry. {@code comment} and {@code person} are there only where the budget shows them, and then even when
     * null; hence not components but what {@link #shown()} adds after the others.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Entry(
            @JsonProperty("id") long id,
            @JsonProperty("date") String date,
            @JsonProperty("issueKey") String issueKey,
            @JsonProperty("serviceId") long serviceId,
            @JsonProperty("serviceName") String serviceName,
            @JsonProperty("hours") String hours,
            @JsonProperty("seconds") long seconds,
            @JsonProperty("billable") boolean billable,
            @JsonProperty("clientNote") String clientNote,
            @JsonIgnore Shown<String> comment,
            @JsonIgnore Shown<String> person) {

        /** A shown null is written too, whatever inclusion the host's mapper sets for map values. */
        @JsonAnyGetter
        @JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS)
        public Map<String, Object> shown() {
            Map<String, Object> shown = new LinkedHashMap<>();
            if (comment != null) {
                shown.put("comment", comment.value());
            }
            if (person != null) {
                shown.put("person", person.value());
            }
            return shown;
        }
    }

    /** A value the budget allows the client to see (which may be null); a field not allowed is no Shown at all. */
    public record Shown<T>(T value) {
    }
}
