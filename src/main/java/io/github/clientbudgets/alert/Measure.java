package io.github.clientbudgets.alert;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One approved figure against what it may reach: {@code used} of {@code base} (hours in seconds, amounts in the
 * budget's currency) in one scope, {@link Crossing#TOTAL} or a retainer period's key.
 */
public record Measure(String scope, Metric metric, BigDecimal used, BigDecimal base) {
    public Measure {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(used, "used");
        Objects.requireNonNull(base, "base");
    }

    /** Whether the figure has reached {@code percent} % of the base (exactly, no rounding); never on a base of 0. */
    public boolean reaches(int percent) {
        return base.signum() > 0
                && used.multiply(BigDecimal.valueOf(100)).compareTo(base.multiply(BigDecimal.valueOf(percent))) >= 0;
    }
}
