package io.github.clientbudgets.period;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One period's figures, in seconds. Always {@code remaining = allowance + carriedIn - used}. {@code carriedIn} and
 * {@code carriedOut} are signed: positive = unused hours carried over, negative = hours borrowed from the next
 * period. What is left once the carry is taken out, {@code remaining - carriedOut}, is either {@link #expiredSeconds}
 * (unused hours that are lost) or {@link #overageSeconds} (use beyond what the period had and could borrow).
 *
 * @param allowanceAmount the period's fee (prorated like the hours), null when the retainer has no amount
 * @param locked          whether these are the frozen figures of a locked period
 */
public record PeriodFigures(PeriodKey period, long allowanceSeconds, BigDecimal allowanceAmount, long carriedInSeconds,
                            long usedSeconds, long remainingSeconds, long carriedOutSeconds, boolean locked) {
    public PeriodFigures {
        Objects.requireNonNull(period, "period");
        if (remainingSeconds != allowanceSeconds + carriedInSeconds - usedSeconds) {
            throw new IllegalArgumentException(period + ": remaining " + remainingSeconds + " is not allowance "
                    + allowanceSeconds + " + carried in " + carriedInSeconds + " - used " + usedSeconds);
        }
        if (allowanceSeconds < 0 || usedSeconds < 0) {
            throw new IllegalArgumentException(period + ": negative allowance or use");
        }
    }

    /** The same figures, frozen: what a locked period keeps. */
    public PeriodFigures asLocked() {
        return new PeriodFigures(period, allowanceSeconds, allowanceAmount, carriedInSeconds, usedSeconds,
                remainingSeconds, carriedOutSeconds, true);
    }

    /** Unused hours that neither stay nor move on: lost at the period's end. */
    public long expiredSeconds() {
        return Math.max(0, remainingSeconds - carriedOutSeconds);
    }

    /** Use beyond the period's hours and what it could borrow: billed as overage. */
    public long overageSeconds() {
        return Math.max(0, carriedOutSeconds - remainingSeconds);
    }
}
