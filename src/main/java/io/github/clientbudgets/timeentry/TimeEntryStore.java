package io.github.clientbudgets.timeentry;

import java.util.List;
import java.util.Optional;

/** Persistence of time entries, as far as budgets need it now (the projection and approvals come later). */
public interface TimeEntryStore {
    TimeEntry insert(TimeEntry entry);

    Optional<TimeEntry> byWorklog(long worklogId);

    /**
     * Writes the live worklog values of an entry (issue, project, start, seconds), its attributed service and its
     * status; the approved snapshot is left alone.
     */
    void updateLive(long entryId, TimeEntry live);

    void delete(long entryId);

    /** Entries logged on this issue itself. */
    List<TimeEntry> ofIssue(long issueId);

    /** Entries logged on the issue or on its sub-tasks. */
    List<TimeEntry> ofIssueOrSubtasks(long issueId);

    void setService(long entryId, Long serviceId);

    /**
     * Publishes the live values of every entry of a budget's services that is not rejected: snapshot := live,
     * status APPROVED. Used when approval is switched on, so that what the client saw stays approved.
     *
     * @return how many entries were published
     */
    int publishLive(long budgetId);

    /** Whether any entry counts, live or approved, against one of these services. */
    boolean anyTimeOn(List<Long> serviceIds);
}
