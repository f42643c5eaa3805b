package io.github.clientbudgets.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.clientbudgets.common.Fields;
import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.forecast.Forecast;

/**
 * A forecast: the projected run-out day (null when nothing burns), the hours per week left until the end date (null
 * without one), what it counts ({@code APPROVED} or {@code WITH_PENDING}), and the figures it comes from.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ForecastJson(
        @JsonProperty("exhaustionDate") String exhaustionDate,
        @JsonProperty("hoursPerWeekLeft") String hoursPerWeekLeft,
        @JsonProperty("basis") String basis,
        @JsonProperty("remainingHours") String remainingHours,
        @JsonProperty("burnHoursPerWeek") String burnHoursPerWeek,
        @JsonProperty("endDate") String endDate,
        @JsonProperty("windowStart") String windowStart,
        @JsonProperty("windowEnd") String windowEnd) {

    /** The JSON of {@code f}; null for null. */
    public static ForecastJson of(Forecast f) {
        if (f == null) {
            return null;
        }
        return new ForecastJson(Fields.iso(f.exhaustionDate()), Hours.format(f.secondsPerWeekLeft()), f.basis().name(),
                Hours.format(f.remainingSeconds()), Hours.format(f.burnSecondsPerWeek()), Fields.iso(f.endDate()),
                Fields.iso(f.windowStart()), Fields.iso(f.windowEnd()));
    }
}
