package io.github.clientbudgets.period;

import java.util.Objects;

/**
 * A rollover rule and its cap in seconds (0 for {@link RolloverRule#NONE}): at most {@code capSeconds} move from one
 * period to the next.
 */
public record Rollover(RolloverRule rule, long capSeconds) {
    public Rollover {
        Objects.requireNonNull(rule, "rule");
        if (rule == RolloverRule.NONE ? capSeconds != 0 : capSeconds <= 0) {
            throw new IllegalArgumentException(rule + " with a cap of " + capSeconds + " s");
        }
    }

    public static Rollover none() {
        return new Rollover(RolloverRule.NONE, 0);
    }

    public static Rollover carryOver(long capSeconds) {
        return new Rollover(RolloverRule.CARRY_OVER, capSeconds);
    }

    public static Rollover borrow(long capSeconds) {
        return new Rollover(RolloverRule.BORROW, capSeconds);
    }
}
