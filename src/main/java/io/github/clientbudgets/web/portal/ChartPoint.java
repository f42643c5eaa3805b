package io.github.clientbudgets.web.portal;

import java.util.Locale;

/**
 * A point of the burn-up a reader can reach by pointer and by keyboard: the hours used by the end of a month, with
 * where its tooltip goes (inside the chart, above the point or below it near the top).
 */
public final class ChartPoint {
    static final int TIP_WIDTH = 132;
    static final int TIP_HEIGHT = 38;
    private final String x;
    private final String y;
    private final String month;
    private final String hours;
    private final double tipX;
    private final double tipY;

    ChartPoint(String x, String y, String month, String hours, double tipX, double tipY) {
        this.x = x;
        this.y = y;
        this.month = month;
        this.hours = hours;
        this.tipX = tipX;
        this.tipY = tipY;
    }

    public String getX() {
        return x;
    }

    public String getY() {
        return y;
    }

    /** The month by its name in the reader's language, e.g. "October 2026". */
    public String getMonth() {
        return month;
    }

    /** Hours used by the month's end in the reader's digits, e.g. "120.50". */
    public String getHours() {
        return hours;
    }

    /** The tooltip's box: its top left corner. */
    public String getTipX() {
        return fmt(tipX);
    }

    public String getTipY() {
        return fmt(tipY);
    }

    /** The tooltip's two lines: the month, then the hours. */
    public String getTipTextX() {
        return fmt(tipX + 8);
    }

    public String getTipMonthY() {
        return fmt(tipY + 15);
    }

    public String getTipValueY() {
        return fmt(tipY + 30);
    }

    public int getTipWidth() {
        return TIP_WIDTH;
    }

    public int getTipHeight() {
        return TIP_HEIGHT;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
