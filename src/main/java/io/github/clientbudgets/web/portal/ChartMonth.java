package io.github.clientbudgets.web.portal;

/** A row of the burn-up chart's text equivalent: hours used up to the end of a month. */
public final class ChartMonth {
    private final String month;
    private final String hours;

    ChartMonth(String month, String hours) {
        this.month = month;
        this.hours = hours;
    }

    public String getMonth() {
        return month;
    }

    public String getHours() {
        return hours;
    }
}
