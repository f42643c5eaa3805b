package io.github.clientbudgets.alert;

import io.github.clientbudgets.budget.Budget;

import java.util.List;
import java.util.TreeSet;

/**
 * A budget's alert settings: the thresholds (percent of the budget's total, or of a retainer period's allowance and
 * what it carried in), ascending and distinct, and whether the client's recipients get the client-safe alert.
 */
public record AlertSettings(List<Integer> thresholds, boolean notifyClient) {
    public static final int MIN_PERCENT = 1;
    public static final int MAX_PERCENT = 1000;
    public static final int MAX_THRESHOLDS = 5;

    public AlertSettings {
        thresholds = List.copyOf(new TreeSet<>(thresholds));
        if (thresholds.isEmpty()) {
            throw new IllegalArgumentException("no threshold");
        }
    }

    /**
     * What a budget without saved alert settings has: its two alert levels as thresholds (80 % and 100 % unless it
     * was created with others), the client not told.
     */
    public static AlertSettings defaultsOf(Budget budget) {
        return new AlertSettings(List.of(budget.alertWarnPercent(), budget.alertCriticalPercent()), false);
    }

    /** The budget page's warning level: the lowest threshold. */
    public int warnPercent() {
        return thresholds.get(0);
    }

    /** The budget page's critical level: the highest threshold. */
    public int criticalPercent() {
        return thresholds.get(thresholds.size() - 1);
    }

    /** "80,100": how the thresholds are stored. */
    String stored() {
        return String.join(",", thresholds.stream().map(String::valueOf).toList());
    }

    static List<Integer> parseStored(String stored) {
        return java.util.Arrays.stream(stored.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Integer::valueOf).toList();
    }
}
