package io.github.clientbudgets.alert;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Persistence of alert settings and recorded crossings (the alert tables only). */
public interface AlertStore {
    Optional<AlertSettings> settings(long budgetId);

    /** Saves a budget's settings (insert or update) and forgets its crossings of thresholds no longer in them. */
    void saveSettings(long budgetId, AlertSettings settings);

    List<Crossing> crossings(long budgetId);

    /**
     * Records the crossing in a transaction of its own.
     *
     * @return true when this insert won; false when the crossing was recorded already (by another node, or before)
     */
    boolean record(Crossing crossing);

    /** Forgets these crossings (they re-arm). */
    void forget(Collection<Crossing> crossings);
}
