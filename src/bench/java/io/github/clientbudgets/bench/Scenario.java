package io.github.clientbudgets.bench;

import java.util.List;

/**
 * One benchmark scenario: runs its measurement against a started dev host and returns table rows. A new scenario
 * (portal Time tab, bulk approve, ...) is one class implementing this, listed in {@link BenchMain#SCENARIOS}.
 */
public interface Scenario {
    /** Short id used by {@code -Dbench.scenarios} (e.g. "1", "4"). */
    String id();

    String name();

    List<Row> run(BenchContext context) throws Exception;

    /**
     * One line of the printed table. {@code ratio} is what the target is about (ours/baseline time, speed-up, or
     * throughput share, as {@code target} says); {@code pass} null = no target.
     */
    record Row(String scenario, String db, long scale, Measure.Stats ours, Measure.Stats baseline, double ratio,
               String target, Boolean pass, String note) {
    }
}
