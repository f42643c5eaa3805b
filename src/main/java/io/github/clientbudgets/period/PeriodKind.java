package io.github.clientbudgets.period;

/** How long a retainer's period is: a calendar month or a calendar quarter (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec). */
public enum PeriodKind {
    MONTHLY(1),
    QUARTERLY(3);

    private final int months;

    PeriodKind(int months) {
        this.months = months;
    }

    /** Calendar months in one period. */
    public int months() {
        return months;
    }
}
