package io.github.clientbudgets.portal;

import java.time.LocalDate;
import java.util.List;

/**
 * The burn-up of a budget as the client sees it: cumulative hours at the end of each day that has time, against the
 * budget's total hours (null when it has none).
 */
public record BurnUp(LocalDate start, LocalDate end, Long totalSeconds, List<Point> points) {
    public record Point(LocalDate day, long cumulativeSeconds) {
    }
}
