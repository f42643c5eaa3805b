package io.github.clientbudgets.timeentry;

import java.util.List;
import java.util.Map;

/** One page of entries, the total that matched, and the budget each entry counts against. */
public record EntryPage(long total, List<TimeEntry> entries, Map<Long, Long> budgetOfEntry) {
}
