package io.github.clientbudgets.web.page;

import io.github.clientbudgets.forecast.Forecast;
import io.github.clientbudgets.format.Formats;

/**
 * One forecast as the sentences a page shows, in the reader's formats: when the hours run out, the hours per week
 * left until the end date, and the burn rate they come from. Each sentence is an i18n key and its arguments.
 */
public final class ForecastView {
    private final Forecast forecast;
    private final Formats formats;

    public ForecastView(Forecast forecast, Formats formats) {
        this.forecast = forecast;
        this.formats = formats;
    }

    /** Null for null: a budget without a forecast has no view. */
    public static ForecastView of(Forecast forecast, Formats formats) {
        return forecast == null ? null : new ForecastView(forecast, formats);
    }

    public String getBasis() {
        return forecast.basis().name();
    }

    public String getRunOutKey() {
        if (forecast.remainingSeconds() <= 0) {
            return "client-budgets.forecast.usedUp";
        }
        return forecast.exhaustionDate() == null ? "client-budgets.forecast.noBurn" : "client-budgets.forecast.runsOut";
    }

    /** The run-out day, formatted; empty when there is none. */
    public String getExhaustionDate() {
        return forecast.exhaustionDate() == null ? "" : formats.date(forecast.exhaustionDate());
    }

    /** The run-out day as {@code YYYY-MM-DD} (for tests and scripts); empty when there is none. */
    public String getExhaustionIso() {
        return forecast.exhaustionDate() == null ? "" : forecast.exhaustionDate().toString();
    }

    public String getPerWeekKey() {
        if (forecast.endDate() == null) {
            return "client-budgets.forecast.noEnd";
        }
        return forecast.secondsPerWeekLeft() == null ? "client-budgets.forecast.ended" : "client-budgets.forecast.perWeek";
    }

    public String getHoursPerWeekLeft() {
        return formats.hours(forecast.secondsPerWeekLeft());
    }

    public String getEndDate() {
        return forecast.endDate() == null ? "" : formats.date(forecast.endDate());
    }

    public String getRemainingHours() {
        return formats.hours(forecast.remainingSeconds());
    }

    public String getBurnHoursPerWeek() {
        return formats.hours(forecast.burnSecondsPerWeek());
    }

    /** The window the burn rate comes from, "first day - last day"; empty when it has no day yet. */
    public String getWindow() {
        if (forecast.windowEnd().isBefore(forecast.windowStart())) {
            return "";
        }
        return formats.date(forecast.windowStart()) + " \u2013 " + formats.date(forecast.windowEnd());
    }

    public boolean isHasWindow() {
        return !getWindow().isEmpty();
    }
}
