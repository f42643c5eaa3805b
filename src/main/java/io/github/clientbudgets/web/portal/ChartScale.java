package io.github.clientbudgets.web.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart's axes: round values for the value axis and month starts for the time axis, so that a reader can tell
 * "about 120 hours in October" without counting pixels.
 */
final class ChartScale {
    /** The steps a value axis may take, times a power of ten. */
    private static final BigDecimal[] STEPS = {
            BigDecimal.ONE, BigDecimal.valueOf(2), new BigDecimal("2.5"), BigDecimal.valueOf(5), BigDecimal.TEN};
    /** The spacings of month ticks, in months. */
    private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12};

    private ChartScale() {
    }

    /**
     * Ticks from 0 in equal round steps (1, 2, 2.5 or 5 times a power of ten), the last one at or above {@code max},
     * about {@code target} steps in all; at least 0 and one step above it.
     */
    static List<BigDecimal> ticks(BigDecimal max, int target) {
        if (target < 1) {
            throw new IllegalArgumentException("target " + target);
        }
        if (max == null || max.signum() <= 0) {
            return List.of(BigDecimal.ZERO, BigDecimal.ONE);
        }
        BigDecimal raw = max.divide(BigDecimal.valueOf(target), 12, RoundingMode.HALF_UP);
        int exponent = raw.precision() - raw.scale() - 1; // raw = d.ddd × 10^exponent
        BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        BigDecimal step = magnitude.multiply(BigDecimal.TEN);
        for (BigDecimal s : STEPS) {
            BigDecimal candidate = s.multiply(magnitude);
            if (candidate.compareTo(raw) >= 0) {
                step = candidate;
                break;
            }
        }
        step = step.stripTrailingZeros();
        List<BigDecimal> ticks = new ArrayList<>();
        BigDecimal tick = BigDecimal.ZERO;
        ticks.add(tick);
        while (tick.compareTo(max) < 0) {
            tick = tick.add(step).stripTrailingZeros();
            ticks.add(tick);
        }
        return ticks;
    }

    /**
     * The first days of months from {@code start} (itself if it is a first) to {@code end}, every 1, 2, 3, 6 or 12
     * months so that there are at most {@code maxTicks}.
     */
    static List<LocalDate> monthTicks(LocalDate start, LocalDate end, int maxTicks) {
        if (maxTicks < 1) {
            throw new IllegalArgumentException("maxTicks " + maxTicks);
        }
        YearMonth first = start.getDayOfMonth() == 1 ? YearMonth.from(start) : YearMonth.from(start).plusMonths(1);
        YearMonth last = YearMonth.from(end);
        long months = first.isAfter(last) ? 0 : first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        int step = MONTH_STEPS[MONTH_STEPS.length - 1];
        for (int s : MONTH_STEPS) {
            if ((months + s - 1) / s <= maxTicks) {
                step = s;
                break;
            }
        }
        List<LocalDate> ticks = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(step)) {
            ticks.add(m.atDay(1));
        }
        return ticks;
    }
}
