package io.github.clientbudgets.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The forecast's arithmetic, plain and deterministic (the caller passes "today").
 * <ul>
 *   <li><b>Window</b>: the burn rate is the time of the last {@value #WINDOW_DAYS} days before today (four full
 *   weeks: every weekday counts equally often, so weekends neither inflate nor deflate the rate), or of the days
 *   since the budget's start when it is younger. Today is left out (its time is still being logged), and so is
 *   every later, future-dated day.</li>
 *   <li><b>Exhaustion date</b>: burning from today on at the window's daily rate, the day the hours left are used
 *   up (today when nothing is left, null when nothing burns).</li>
 *   <li><b>Hours per week left</b>: the hours left spread over the weeks from today to the end date (today and the
 *   end date included; less than a week counts as one week); 0 when nothing is left, null without an end date or
 *   once it has passed.</li>
 * </ul>
 */
public final class Forecasting {
    /** Four weeks: long enough to smooth a week off, short enough to follow a change of pace within a month. */
    public static final int WINDOW_DAYS = 28;
    private static final BigDecimal SEVEN = BigDecimal.valueOf(7);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private Forecasting() {
    }

    /** The window's first day: {@value #WINDOW_DAYS} days before today, or the budget's start when later. */
    public static LocalDate windowStart(LocalDate budgetStart, LocalDate today) {
        LocalDate start = today.minusDays(WINDOW_DAYS);
        return budgetStart != null && budgetStart.isAfter(start) ? budgetStart : start;
    }

    /**
     * @param remainingSeconds the hours left on this basis (negative when overrun)
     * @param endDate          the budget's end date or the retainer period's last day; null when open-ended
     * @param budgetStart      the budget's start date: the window never reaches before it
     * @param burn             time per work day; days outside the window are ignored
     */
    public static Forecast project(Basis basis, long remainingSeconds, LocalDate endDate, LocalDate budgetStart,
                                   LocalDate today, List<DayBurn> burn) {
        LocalDate from = windowStart(budgetStart, today);
        LocalDate to = today.minusDays(1);
        long days = Math.max(0, ChronoUnit.DAYS.between(from, to) + 1);
        long burnt = 0;
        for (DayBurn d : burn) {
            if (!d.day().isBefore(from) && !d.day().isAfter(to)) {
                burnt += d.seconds(basis);
            }
        }
        long perWeek = days == 0 ? 0 : BigDecimal.valueOf(burnt).multiply(SEVEN)
                .divide(BigDecimal.valueOf(days), 0, RoundingMode.HALF_UP).longValueExact();
        return new Forecast(basis, exhaustion(remainingSeconds, burnt, days, today),
                perWeekLeft(remainingSeconds, endDate, today), remainingSeconds, perWeek, endDate, from, to);
    }

    private static LocalDate exhaustion(long remaining, long burnt, long days, LocalDate today) {
        if (remaining <= 0) {
            return today;
        }
        if (burnt <= 0) {
            return null;
        }
        // burning from today on: the hours left last ceil(remaining / daily rate) days, today being the first
        BigDecimal daysLeft = BigDecimal.valueOf(remaining).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(burnt), 0, RoundingMode.CEILING);
        // a burn so slow that the hours outlast the calendar (year 9999) projects no date, like no burn at all
        long horizon = ChronoUnit.DAYS.between(today, LAST_DAY);
        return daysLeft.compareTo(BigDecimal.valueOf(horizon)) > 0 ? null : today.plusDays(daysLeft.longValue() - 1);
    }

    private static Long perWeekLeft(long remaining, LocalDate endDate, LocalDate today) {
        if (endDate == null || endDate.isBefore(today)) {
            return null;
        }
        if (remaining <= 0) {
            return 0L;
        }
        long daysLeft = ChronoUnit.DAYS.between(today, endDate) + 1;
        BigDecimal weeks = BigDecimal.valueOf(daysLeft).max(SEVEN);
        return BigDecimal.valueOf(remaining).multiply(SEVEN).divide(weeks, 0, RoundingMode.HALF_UP).longValueExact();
    }
}
