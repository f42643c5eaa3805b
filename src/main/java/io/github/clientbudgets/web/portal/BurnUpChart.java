package io.github.clientbudgets.web.portal;

import io.github.clientbudgets.forecast.Forecast;
import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.portal.BurnUp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The burn-up chart as inline SVG coordinates (numbers only, so nothing user-typed reaches the SVG) and its text
 * equivalent: cumulative hours used against the budget's total hours, with a value axis in round hours, a time axis
 * of month starts, and a point per month (the table's rows) a reader reaches by pointer and by keyboard. Drawn on
 * the server: no script and no chart library (none fits AUI's look and the portal's no-script pages better than
 * a few lines and texts, and each would ship its own tooltip and focus handling to keep accessible).
 */
public final class BurnUpChart {
    static final int WIDTH = 600;
    static final int HEIGHT = 260;
    static final int LEFT = 56;
    static final int RIGHT = 20;
    static final int TOP = 20;
    static final int BOTTOM = 36;
    /** About this many steps on the value axis. */
    static final int VALUE_TICKS = 5;
    /** At most this many month labels on the time axis. */
    static final int MONTH_TICKS = 8;
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private final BurnUp burnUp;
    private final List<BigDecimal> valueTicks;
    private final double maxSeconds;
    private final LocalDate lastDay;
    private final long days;
    private final Formats formats;
    private Forecast forecast;

    /** The chart of {@code burnUp}, its texts (days, hours, months) in the reader's {@code formats}. */
    public BurnUpChart(BurnUp burnUp, Formats formats) {
        this.burnUp = burnUp;
        this.formats = formats;
        long total = burnUp.totalSeconds() == null ? 0 : burnUp.totalSeconds();
        long top = Math.max(usedSeconds(), total);
        this.valueTicks = ChartScale.ticks(BigDecimal.valueOf(top).divide(SECONDS_PER_HOUR, 2, RoundingMode.UP),
                VALUE_TICKS);
        this.maxSeconds = valueTicks.get(valueTicks.size() - 1).multiply(SECONDS_PER_HOUR).doubleValue();
        LocalDate end = burnUp.end() == null ? burnUp.start() : burnUp.end();
        this.lastDay = burnUp.points().isEmpty() ? end : later(end, burnUp.points().get(burnUp.points().size() - 1).day());
        this.days = Math.max(1, ChronoUnit.DAYS.between(burnUp.start(), lastDay));
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return HEIGHT;
    }

    /** The plot area's edges: the axes run along its left and bottom. */
    public int getPlotLeft() {
        return LEFT;
    }

    public int getPlotRight() {
        return WIDTH - RIGHT;
    }

    public int getPlotTop() {
        return TOP;
    }

    public int getPlotBottom() {
        return HEIGHT - BOTTOM;
    }

    /** Where the value axis's labels end (right-aligned, left of the axis). */
    public int getValueLabelX() {
        return LEFT - 6;
    }

    /** Where the time axis's tick marks end, below the axis. */
    public int getTickEndY() {
        return HEIGHT - BOTTOM + 5;
    }

    /** The baseline of the time axis's labels. */
    public int getTickLabelY() {
        return HEIGHT - BOTTOM + 18;
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

    /** The value axis: round hours from 0 to at least the highest of used and total. */
    public List<ChartTick> getValueTicks() {
        return valueTicks.stream()
                .map(h -> new ChartTick(y(h.multiply(SECONDS_PER_HOUR).doubleValue()), formats.number(h))).toList();
    }

    /** The time axis: the first day of each month (or of every 2nd, 3rd, ... when the budget runs long). */
    public List<ChartTick> getMonthTicks() {
        return ChartScale.monthTicks(burnUp.start(), lastDay, MONTH_TICKS).stream()
                .map(d -> new ChartTick(x(d), formats.shortMonth(YearMonth.from(d)))).toList();
    }

    public boolean isHasTotal() {
        return burnUp.totalSeconds() != null && burnUp.totalSeconds() > 0;
    }

    public String getTotalY() {
        return isHasTotal() ? y(burnUp.totalSeconds()) : "0";
    }

    /** Where the budget line's label sits: just above the line, or below it when the line runs along the top. */
    public String getTotalLabelY() {
        if (!isHasTotal()) {
            return "0";
        }
        double lineY = HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * burnUp.totalSeconds() / maxSeconds;
        return fmt(lineY - 6 < TOP + 4 ? lineY + 14 : lineY - 6);
    }

    public String getTotalHours() {
        return formats.hours(burnUp.totalSeconds());
    }

    public String getUsedHours() {
        return formats.hours(usedSeconds());
    }

    public String getStart() {
        return formats.date(burnUp.start());
    }

    public String getEnd() {
        return formats.date(burnUp.end());
    }

    /** A point per month with time, at its last day with time: what the table lists, reachable in the chart. */
    public List<ChartPoint> getMarkers() {
        Map<YearMonth, BurnUp.Point> byMonth = byMonth();
        List<ChartPoint> markers = new ArrayList<>();
        byMonth.forEach((month, p) -> {
            double px = xValue(p.day());
            double py = yValue(p.cumulativeSeconds());
            double tipX = Math.max(LEFT, Math.min(WIDTH - RIGHT - ChartPoint.TIP_WIDTH, px - ChartPoint.TIP_WIDTH / 2.0));
            double tipY = py - 12 - ChartPoint.TIP_HEIGHT < 0 ? py + 12 : py - 12 - ChartPoint.TIP_HEIGHT;
            markers.add(new ChartPoint(fmt(px), fmt(py), formats.month(month), formats.hours(p.cumulativeSeconds()),
                    tipX, tipY));
        });
        return markers;
    }

    /** The text equivalent: one row per month with time, its cumulative hours at the month's end. */
    public List<ChartMonth> getMonths() {
        List<ChartMonth> rows = new ArrayList<>();
        byMonth().forEach((month, p) -> rows.add(new ChartMonth(formats.month(month),
                formats.hours(p.cumulativeSeconds()))));
        return rows;
    }

    public boolean isHasPoints() {
        return !burnUp.points().isEmpty();
    }

    /**
     * The same chart with the forecast's projected line (drawn dashed, class {@code cb-chart-forecast}): from today
     * at the hours used so far, at the forecast's burn rate, to the run-out day at the budget's total, or to the
     * chart's last day when the run-out comes later; none for a null forecast, one that burns nothing, or an
     * exhausted budget.
     */
    public BurnUpChart withForecast(Forecast projected) {
        this.forecast = projected;
        return this;
    }

    public boolean isHasForecast() {
        // the chart is cumulative over the whole budget: a line only where the forecast is of the whole budget (a
        // retainer's runs out within its period, which the cumulative line does not show)
        return forecast != null && forecast.burnSecondsPerWeek() > 0 && forecast.remainingSeconds() > 0
                && isHasTotal() && Objects.equals(forecast.endDate(), burnUp.end()) && !today().isAfter(lastDay);
    }

    /** The forecast's polyline points: today's used hours, then the projected end; empty without a forecast. */
    public String getForecastPoints() {
        if (!isHasForecast()) {
            return "";
        }
        LocalDate from = today();
        double used = usedSeconds();
        double perDay = forecast.burnSecondsPerWeek() / 7.0;
        LocalDate to = forecast.exhaustionDate() == null || forecast.exhaustionDate().isAfter(lastDay) ? lastDay
                : forecast.exhaustionDate();
        // the line ends where the hours run out or the chart does, whichever comes first; it never rises above
        // the axis's top
        double end = Math.min(maxSeconds, Math.min(used + forecast.remainingSeconds(),
                used + perDay * (ChronoUnit.DAYS.between(from, to) + 1)));
        return x(from) + "," + y(used) + " " + x(to) + "," + y(end);
    }

    /** The projected run-out day for the legend; empty without a forecast line. */
    public String getForecastDate() {
        return isHasForecast() && forecast.exhaustionDate() != null ? formats.date(forecast.exhaustionDate()) : "";
    }

    /** The day the forecast starts from: the day before the window's end is yesterday. */
    private LocalDate today() {
        return forecast.windowEnd().plusDays(1);
    }

    private Map<YearMonth, BurnUp.Point> byMonth() {
        Map<YearMonth, BurnUp.Point> byMonth = new LinkedHashMap<>();
        for (BurnUp.Point p : burnUp.points()) {
            byMonth.put(YearMonth.from(p.day()), p);
        }
        return byMonth;
    }

    private long usedSeconds() {
        return burnUp.points().isEmpty() ? 0 : burnUp.points().get(burnUp.points().size() - 1).cumulativeSeconds();
    }

    private String x(LocalDate day) {
        return fmt(xValue(day));
    }

    private double xValue(LocalDate day) {
        long offset = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(burnUp.start(), day)));
        return LEFT + (WIDTH - LEFT - RIGHT) * (double) offset / days;
    }

    private String y(double seconds) {
        return fmt(yValue(seconds));
    }

    private double yValue(double seconds) {
        return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * seconds / maxSeconds;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
