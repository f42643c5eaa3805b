package io.github.clientbudgets.forecast;

import java.time.LocalDate;

/**
 * The time of one work day of a budget (the day in the worklog author's calendar, as stored): approved seconds (or,
 * without approval required, all logged seconds) and pending seconds.
 */
public record DayBurn(LocalDate day, long approvedSeconds, long pendingSeconds) {
    long seconds(Basis basis) {
        return basis == Basis.APPROVED ? approvedSeconds : approvedSeconds + pendingSeconds;
    }
}
