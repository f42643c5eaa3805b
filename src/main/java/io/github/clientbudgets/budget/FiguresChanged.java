package io.github.clientbudgets.budget;

import java.util.Collection;

/**
 * Told, after the change has committed, that budgets' approved figures may have changed: an approval decision, a
 * worklog of a budget without approval, a resync. The alerts implement it; the writers below them only call it.
 * It must not throw into the writer: the change is done whatever an alert makes of it.
 */
public interface FiguresChanged {
    /** These budgets' approved figures may have changed. */
    void changed(Collection<Long> budgetIds);

    /** Any budget's figures may have changed (a resync). */
    void allChanged();

    /** For writers built without alerts (tests of one class). */
    FiguresChanged NONE = new FiguresChanged() {
        @Override
        public void changed(Collection<Long> budgetIds) {
        }

        @Override
        public void allChanged() {
        }
    };
}
