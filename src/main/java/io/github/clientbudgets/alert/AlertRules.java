package io.github.clientbudgets.alert;

import io.github.clientbudgets.common.Errors;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one rule for alert settings: 1 to {@value AlertSettings#MAX_THRESHOLDS} thresholds, each a whole percent from
 * {@value AlertSettings#MIN_PERCENT} to {@value AlertSettings#MAX_PERCENT}, no two alike; {@code notifyClient} a
 * boolean. Errors name the field; nothing is half-applied.
 */
public final class AlertRules {
    private AlertRules() {
    }

    /**
     * @param thresholds the JSON value as parsed (a list of whole numbers), or null when absent
     * @param notifyClient the JSON value as parsed, or null when absent
     * @param current what applies now: an absent field keeps its value
     */
    public static AlertSettings validate(Object thresholds, Object notifyClient, AlertSettings current) {
        Errors errors = new Errors();
        List<Integer> values = current.thresholds();
        if (thresholds != null) {
            values = thresholds(thresholds, errors);
        }
        boolean notify = current.notifyClient();
        if (notifyClient != null) {
            if (notifyClient instanceof Boolean b) {
                notify = b;
            } else {
                errors.add("notifyClient", "client-budgets.error.boolean");
            }
        }
        errors.throwIfAny();
        return new AlertSettings(values, notify);
    }

    private static List<Integer> thresholds(Object given, Errors errors) {
        if (!(given instanceof List<?> list)) {
            errors.add("thresholds", "client-budgets.error.alerts.thresholds");
            return null;
        }
        if (list.isEmpty() || list.size() > AlertSettings.MAX_THRESHOLDS) {
            errors.add("thresholds", "client-budgets.error.alerts.count", AlertSettings.MAX_THRESHOLDS);
            return null;
        }
        Set<Integer> seen = new HashSet<>();
        for (Object v : list) {
            Integer percent = percent(v);
            if (percent == null) {
                errors.add("thresholds", "client-budgets.error.alerts.percent", AlertSettings.MIN_PERCENT,
                        AlertSettings.MAX_PERCENT);
                return null;
            }
            if (!seen.add(percent)) {
                errors.add("thresholds", "client-budgets.error.alerts.distinct");
                return null;
            }
        }
        return List.copyOf(seen);
    }

    /** A whole number in range (Integer, Long or BigInteger as the JSON parser gives them), else null. */
    private static Integer percent(Object v) {
        long value;
        if (v instanceof Integer i) {
            value = i;
        } else if (v instanceof Long l) {
            value = l;
        } else if (v instanceof BigInteger) {
            return null;
        } else {
            return null;
        }
        return value < AlertSettings.MIN_PERCENT || value > AlertSettings.MAX_PERCENT ? null : (int) value;
    }
}
