package io.github.clientbudgets.timeentry;

import java.util.List;

/** Persistence of time entries, as far as budgets need it now (the projection and approvals come later). */
public interface TimeEntryStore {
    TimeEntry insert(TimeEntry entry);

    /** Entries logged on the issue or on its sub-tasks. */
    List<TimeEntry> ofIssueOrSubtasks(long issueId);

    void setService(long entryId, Long serviceId);

    /** Whether any entry counts, live or approved, against one of these services. */
    boolean anyTimeOn(List<Long> serviceIds);
}
