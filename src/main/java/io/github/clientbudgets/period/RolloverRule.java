package io.github.clientbudgets.period;

/** What happens to a period's balance at its end (the arithmetic: {@link PeriodLedger}). */
public enum RolloverRule {
    /** Unused hours expire, overuse stays an overrun of that period. */
    NONE,
    /** Unused hours, up to a cap, are added to the next period. */
    CARRY_OVER,
    /** Overuse, up to a cap, is taken from the next period's allowance. */
    BORROW
}
