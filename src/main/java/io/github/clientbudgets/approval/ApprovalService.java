package io.github.clientbudgets.approval;

import io.github.clientbudgets.review.ApprovalAction;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.audit.AuditRecord;
import io.github.clientbudgets.timeentry.EntryPage;
import io.github.clientbudgets.timeentry.TimeEntry;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The approval workflow as the team uses it: reviewers decide on entries (one or up to {@value #MAX_BULK} at once),
 * PMs correct entries and lock months, authors follow their own entries. Every method checks the caller first.
 */
public interface ApprovalService {
    int MAX_BULK = 1000;

    /**
     * Applies one reviewer action to each entry, all in one transaction: each entry succeeds or is refused with a
     * reason; an unexpected error undoes the whole request.
     */
    BulkOutcome decide(String caller, ApprovalAction action, List<Long> entryIds, String reason);

    TimeEntry updateEntry(String caller, long entryId, EntryChanges changes);

    /** A budget's entries for its team (browse permission), newest first. */
    EntryPage entriesOfBudget(String caller, long budgetId, Set<ApprovalStatus> statuses, LocalDate from,
                              LocalDate to, int start, int limit);

    /**
     * Those of the entries named that count against the budget, in no particular order (e.g. the entries its history
     * names); 404 when the caller may not see the budget.
     */
    List<TimeEntry> entriesOfBudget(String caller, long budgetId, Collection<Long> entryIds);

    /** What waits for this reviewer across all budgets he approves for, grouped by budget and person. */
    EntryPage reviewQueue(String caller, Long budgetId, String authorKey, Long serviceId, LocalDate from,
                          LocalDate to, int limit);

    /** The caller's own newest entries (My time). */
    List<TimeEntry> myEntries(String caller, Set<ApprovalStatus> statuses, int limit);

    /** An entry's transitions, oldest first (for its team). */
    List<AuditRecord> history(String caller, long entryId);

    boolean mayApprove(String caller, long budgetId);

    List<YearMonth> lockedMonths(String caller, long budgetId);

    void lock(String caller, long budgetId, YearMonth month);

    void unlock(String caller, long budgetId, YearMonth month);
}
