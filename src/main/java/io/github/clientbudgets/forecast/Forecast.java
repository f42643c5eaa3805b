package io.github.clientbudgets.forecast;

import java.time.LocalDate;

/**
 * A budget's (or a retainer period's) projected run-out on one {@link Basis}.
 *
 * @param exhaustionDate       the day the hours left are projected to run out: today when nothing is left, null
 *                             when nothing burns (no time in the window) and something is left
 * @param secondsPerWeekLeft   the hours left spread evenly over the weeks up to {@code endDate}, in seconds; 0 when
 *                             nothing is left, null when there is no end date or it has passed
 * @param remainingSeconds     the hours left (negative when overrun)
 * @param burnSecondsPerWeek   the burn rate: the window's time per 7 days
 * @param endDate              the budget's end date, or the retainer period's last day; null when open-ended
 * @param windowStart          first day of the window the burn rate comes from
 * @param windowEnd            last day of that window (yesterday); before {@code windowStart} when it is empty
 */
public record Forecast(Basis basis, LocalDate exhaustionDate, Long secondsPerWeekLeft, long remainingSeconds,
                       long burnSecondsPerWeek, LocalDate endDate, LocalDate windowStart, LocalDate windowEnd) {
}
