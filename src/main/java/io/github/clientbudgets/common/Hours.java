package io.github.clientbudgets.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Hours as decimal strings outside ("7.5"), whole seconds inside. */
public final class Hours {
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private Hours() {
    }

    /** Non-negative hours with at most 2 decimals (0.01 h = 36 s, so seconds stay whole). */
    public static Long toSeconds(String text, String field, Errors errors) {
        BigDecimal value = Money.decimal(text, field, errors);
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            errors.add(field, "client-budgets.error.negative");
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            errors.add(field, "client-budgets.error.decimals", 2);
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(10_000_000)) > 0) {
            errors.add(field, "client-budgets.error.tooLarge");
            return null;
        }
        return value.multiply(SECONDS_PER_HOUR).longValueExact();
    }

    /** Hours with 2 decimals, rounded half up: 5400 s = "1.50". */
    public static BigDecimal fromSeconds(long seconds) {
        return BigDecimal.valueOf(seconds).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    public static String format(Long seconds) {
        return seconds == null ? null : fromSeconds(seconds).toPlainString();
    }
}
