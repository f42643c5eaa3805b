package io.github.clientbudgets.web.portal;

import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.portal.BurnUp;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The burn-up chart as inline SVG coordinates (numbers only, so nothing user-typed reaches the SVG) and its text
 * equivalent: cumulative hours at the end of each month. Drawn on the server: no script needed. Its texts (days,
 * hours, months) are the reader's formats; the SVG's coordinates are plain numbers.
 */
public final class BurnUpChart {
    static final int WIDTH = 600;
    static final int HEIGHT = 200;
    private static final int PAD = 10;
    private final BurnUp burnUp;
    private final double maxSeconds;
    private final long days;
    private final Formats formats;

    BurnUpChart(BurnUp burnUp, Formats formats) {
        this.burnUp = burnUp;
        this.formats = formats;
        long last = burnUp.points().isEmpty() ? 0 : burnUp.points().get(burnUp.points().size() - 1).cumulativeSeconds();
        long total = burnUp.totalSeconds() == null ? 0 : burnUp.totalSeconds();
        this.maxSeconds = Math.max(1, Math.max(last, total)) * 1.1;
        LocalDate lastDay = burnUp.points().isEmpty() ? burnUp.end()
                : later(burnUp.end(), burnUp.points().get(burnUp.points().size() - 1).day());
        this.days = Math.max(1, ChronoUnit.DAYS.between(burnUp.start(), lastDay));
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return HEIGHT;
    }

    /** The used line, as the points of an SVG polyline (a step per day with time). */
    public String getPoints() {
        StringBuilder sb = new StringBuilder();
        sb.append(x(burnUp.start())).append(',').append(y(0));
        long previous = 0;
        for (BurnUp.Point p : burnUp.points()) {
            sb.append(' ').append(x(p.day())).append(',').append(y(previous));
            sb.append(' ').append(x(p.day())).append(',').append(y(p.cumulativeSeconds()));
            previous = p.cumulativeSeconds();
        }
        return sb.toString();
    }

    public boolean isHasTotal() {
        return burnUp.totalSeconds() != null && burnUp.totalSeconds() > 0;
    }

    public String getTotalY() {
        return isHasTotal() ? y(burnUp.totalSeconds()) : "0";
    }

    public String getTotalHours() {
        return formats.hours(burnUp.totalSeconds());
    }

    public String getUsedHours() {
        return formats.hours(burnUp.points().isEmpty() ? 0 : burnUp.points().get(burnUp.points().size() - 1).cumulativeSeconds());
    }

    public String getStart() {
        return formats.date(burnUp.start());
    }

    public String getEnd() {
        return formats.date(burnUp.end());
    }

    /** The text equivalent: one row per month with time, its cumulative hours at the month's end. */
    public List<ChartMonth> getMonths() {
        Map<YearMonth, Long> byMonth = new LinkedHashMap<>();
        for (BurnUp.Point p : burnUp.points()) {
            byMonth.put(YearMonth.from(p.day()), p.cumulativeSeconds());
        }
        List<ChartMonth> rows = new ArrayList<>();
        byMonth.forEach((month, seconds) -> rows.add(new ChartMonth(formats.month(month), formats.hours(seconds))));
        return rows;
    }

    public boolean isHasPoints() {
        return !burnUp.points().isEmpty();
    }

    private String x(LocalDate day) {
        long offset = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(burnUp.start(), day)));
        return fmt(PAD + (WIDTH - 2.0 * PAD) * offset / days);
    }

    private String y(long seconds) {
        return fmt(HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * seconds / maxSeconds);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
