package io.github.clientbudgets.timeentry;

import io.github.clientbudgets.budget.RecordedTime;

import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.review.EntryState;
import io.github.clientbudgets.review.EntryState.Revision;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Persistence of time entries. */
public interface TimeEntryStore extends RecordedTime {
    TimeEntry insert(TimeEntry entry);

    /**
     * Inserts new entries in one batch (a resync); nothing is read back. Fails as a whole if any worklog has an entry
     * already (an event got there first): the caller then projects those worklogs one by one.
     */
    default void insertAll(List<TimeEntry> newEntries) {
        newEntries.forEach(this::insert);
    }

    Optional<TimeEntry> byId(long entryId);

    Optional<TimeEntry> byWorklog(long worklogId);

    /** The entries of these worklogs that exist, by worklog id. */
    default Map<Long, TimeEntry> byWorklogs(Collection<Long> worklogIds) {
        Map<Long, TimeEntry> result = new HashMap<>();
        worklogIds.forEach(id -> byWorklog(id).ifPresent(e -> result.put(id, e)));
        return result;
    }

    /** The entries with these ids that exist, in ascending id order. */
    List<TimeEntry> byIds(Collection<Long> entryIds);

    /**
     * Writes the live worklog values of an entry, its attributed service, status and revision; the approved
     * snapshot, the review and what the PM set (billable, note, explicit service) are left alone.
     */
    void updateLive(long entryId, WorklogState live, Long serviceId, ApprovalStatus status, Revision revision);

    /**
     * Moves an entry from one approval state to the next, only if it is still in {@code expected} (compare and set,
     * so that two nodes deciding on the same entry at once end in one state). With {@code publish} the live values
     * become the approved snapshot.
     *
     * @return whether this call made the change
     */
    boolean transition(long entryId, EntryState expected, EntryState next, boolean publish, TimeEntry.Review review);

    /** One compare-and-set of {@link #transition}: entry, the state it must still be in, the state it moves to. */
    record Transition(long entryId, EntryState expected, EntryState next, boolean publish, TimeEntry.Review review) {
    }

    /**
     * {@link #transition} for many entries at once, written in ascending id order (two nodes lock rows in the same
     * order, so they can't deadlock each other).
     *
     * @return per transition, in the order given, whether this call made the change
     */
    default boolean[] transitionAll(List<Transition> transitions) {
        boolean[] won = new boolean[transitions.size()];
        java.util.stream.IntStream.range(0, won.length).boxed()
                .sorted(java.util.Comparator.comparingLong(i -> transitions.get(i).entryId()))
                .forEach(i -> {
                    Transition t = transitions.get(i);
                    won[i] = transition(t.entryId(), t.expected(), t.next(), t.publish(), t.review());
                });
        return won;
    }

    /**
     * A PM's changes of what the app adds to a worklog. {@code alsoPublished} writes the same service and billable
     * flag into the approved snapshot: a reviewer's own correction of a published entry is itself a review action.
     */
    void updateDetails(long entryId, Long serviceId, Long explicitServiceId, boolean billable, String clientNote,
                       boolean alsoPublished);

    void delete(long entryId);

    /** {@link #delete} for many entries at once. */
    default void deleteAll(Collection<Long> entryIds) {
        entryIds.forEach(this::delete);
    }

    /** Entries logged on this issue itself. */
    List<TimeEntry> ofIssue(long issueId);

    /** Entries logged on these issues themselves. */
    default List<TimeEntry> ofIssues(Collection<Long> issueIds) {
        return issueIds.stream().flatMap(id -> ofIssue(id).stream()).toList();
    }

    /** Entries logged on the issue or on its sub-tasks. */
    List<TimeEntry> ofIssueOrSubtasks(long issueId);

    void setService(long entryId, Long serviceId);

    /**
     * Publishes the live values of every entry of a budget's line items that is not rejected: snapshot := live,
     * status APPROVED. Used when approval is switched on, so that what the client saw stays approved.
     *
     * @return how many entries were published
     */
    @Override
    int publishLive(long budgetId);

    /** Whether any entry counts, live or approved, against one of these line items. */
    @Override
    boolean anyTimeOn(List<Long> serviceIds);
}
