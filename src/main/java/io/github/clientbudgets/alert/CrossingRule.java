package io.github.clientbudgets.alert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * When a threshold counts as crossed, plain arithmetic: a figure crosses a threshold when it reaches it
 * ({@code used * 100 >= threshold * base}) and no crossing of that scope, metric and threshold is recorded.
 * <p>
 * A recorded crossing stays when the figure falls back below it (an unapproval, a corrected entry, a resync), so a
 * figure that moves around a threshold mails once, not on every move. It re-arms (is forgotten) only when what it
 * was measured against changed and the figure is below it again (the PM raised the total, a period's carry-in
 * changed), or when its threshold is no longer in the settings. Crossings of scopes not measured now (past periods)
 * stay as they are.
 */
public final class CrossingRule {
    private CrossingRule() {
    }

    /** What to record (each insert that wins mails) and what to forget. */
    public record Decision(List<Crossing> toRecord, List<Crossing> toForget) {
    }

    public static Decision decide(long budgetId, List<Integer> thresholds, Collection<Measure> measures,
                                  Collection<Crossing> recorded) {
        List<Crossing> toRecord = new ArrayList<>();
        List<Crossing> toForget = new ArrayList<>();
        for (Crossing c : recorded) {
            if (!thresholds.contains(c.threshold())) {
                toForget.add(c);
            }
        }
        for (Measure m : measures) {
            for (int percent : thresholds) {
                Crossing existing = recorded.stream().filter(c -> c.sameAs(m, percent)).findFirst().orElse(null);
                boolean reached = m.reaches(percent);
                if (reached && existing == null) {
                    toRecord.add(new Crossing(budgetId, m.scope(), m.metric(), percent, m.base()));
                } else if (!reached && existing != null && existing.base().compareTo(m.base()) != 0) {
                    toForget.add(existing);
                }
            }
        }
        return new Decision(toRecord, toForget);
    }
}
