package io.github.clientbudgets.timeentry;

import io.github.clientbudgets.testing.Stores;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.attribution.AttributionService;
import io.github.clientbudgets.budget.AoBudgetStore;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.Fixtures;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The resync on a real database: converges, is idempotent, lets go of deleted worklogs, and resumes. */
class ResyncTest {
    /** Jira's worklogs, in memory: project → issue → worklogs. */
    private static final class FakeJira implements WorklogSource {
        final TreeMap<Long, TreeMap<Long, List<WorklogState>>> projects = new TreeMap<>();

        FakeJira() {
            Random random = new Random(7);
            long worklogId = 1;
            for (long project = 10000; project <= 10002; project++) {
                TreeMap<Long, List<WorklogState>> issues = new TreeMap<>();
                for (long issue = project * 10; issue < project * 10 + 6; issue++) {
                    List<WorklogState> worklogs = new ArrayList<>();
                    Long parent = issue % 10 == 5 ? project * 10 : null; // the last issue is a sub-task of the first
                    for (int i = random.nextInt(4); i > 0; i--) {
                        LocalDate day = LocalDate.of(2026, 10, 1 + random.nextInt(28));
                        worklogs.add(new WorklogState(worklogId++, issue, parent, project, "dev",
                                Instant.parse(day + "T09:00:00Z"), day, 900L * (1 + random.nextInt(8)), "w" + worklogId));
                    }
                    issues.put(issue, worklogs);
                }
                projects.put(project, issues);
            }
        }

        @Override
        public List<Long> projectIds() {
            return List.copyOf(projects.keySet());
        }

        @Override
        public List<Long> issueIds(long projectId) {
            return List.copyOf(projects.get(projectId).keySet());
        }

        @Override
        public List<WorklogState> worklogsOf(long issueId) {
            return projects.values().stream().map(issues -> issues.get(issueId)).filter(w -> w != null)
                    .findFirst().orElse(List.of());
        }

        long worklogCount() {
            return projects.values().stream().flatMap(i -> i.values().stream()).mapToLong(List::size).sum();
        }
    }

    private static Resync resync(ActiveObjects ao, FakeJira jira) {
        return resync(ao, jira, new AoTimeEntryStore(ao));
    }

    private static Resync resync(ActiveObjects ao, FakeJira jira, TimeEntryStore entries) {
        Stores stores = Stores.on(ao);
        return new Resync(ao, jira, entries, new TimeEntryProjection(entries, stores.budgetsAndAssignments,
                new AttributionService(stores.budgetsAndAssignments)), stores.budgetsAndAssignments);
    }

    /** worklog id → seconds, as the entries say. */
    private static Map<Long, Long> entries(ActiveObjects ao) {
        return Arrays.stream(ao.find(TimeEntryEntity.class, Query.select().order("WORKLOG_ID")))
                .collect(Collectors.toMap(TimeEntryEntity::getWorklogId, TimeEntryEntity::getSeconds, (a, b) -> a, LinkedHashMap::new));
    }

    @AoTest
    void aFullRunRecordsEveryWorklogAndASecondRunChangesNothing(ActiveObjects ao) {
        FakeJira jira = new FakeJira();
        Fixtures fixtures = new Fixtures(ao, new AoBudgetStore(ao), new AoTimeEntryStore(ao));
        fixtures.service(fixtures.budget(10000, "B", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "100", false),
                "S", Billing.HOURLY, "10.00", true);

        Resync.Outcome first = resync(ao, jira).run(() -> false);
        Map<Long, Long> afterFirst = entries(ao);
        Resync.Outcome second = resync(ao, jira).run(() -> false);

        assertTrue(first.finished());
        assertEquals(18, first.issuesDone());
        assertEquals(jira.worklogCount(), afterFirst.size());
        assertEquals(afterFirst, entries(ao), "idempotent");
        assertEquals(18, second.issuesDone());
    }

    @AoTest
    void deletedAndEditedWorklogsAreReconciled(ActiveObjects ao) {
        FakeJira jira = new FakeJira();
        resync(ao, jira).run(() -> false);
        List<WorklogState> issue = jira.projects.get(10001L).values().stream().filter(l -> l.size() >= 2).findFirst().orElseThrow();
        WorklogState deleted = issue.remove(0);
        WorklogState edited = issue.get(0);
        issue.set(0, new WorklogState(edited.worklogId(), edited.issueId(), null, edited.projectId(), "dev",
                edited.started(), edited.workDay(), 12345, edited.comment()));

        resync(ao, jira).run(() -> false);

        Map<Long, Long> entries = entries(ao);
        assertFalse(entries.containsKey(deleted.worklogId()));
        assertEquals(12345L, entries.get(edited.worklogId()));
        assertEquals(jira.worklogCount(), entries.size());
    }

    @AoTest
    void interruptedAtRandomPointsAndResumedItConvergesWithoutDuplicates(ActiveObjects ao) {
        FakeJira jira = new FakeJira();
        Random random = new Random(42);
        int runs = 0;
        Resync.Outcome outcome;
        do {
            int allowed = 1 + random.nextInt(5); // the node "goes down" after a few issues
            AtomicInteger checks = new AtomicInteger();
            outcome = resync(ao, jira).run(() -> checks.incrementAndGet() > allowed);
            runs++;
        } while (!outcome.finished() && runs < 100);

        assertTrue(outcome.finished());
        assertTrue(runs > 2, "the run was really interrupted: " + runs);
        assertEquals(18, outcome.issuesDone(), "each issue done once over all the resumed runs");
        assertEquals(jira.worklogCount(), entries(ao).size());
        assertEquals(jira.worklogCount(), ao.count(TimeEntryEntity.class, Query.select()), "no duplicates");
    }

    /**
     * The resync decides in batches on facts read once; the listener decides worklog by worklog on fresh reads. Both
     * must end in the same entries: attribution (explicit choice, issue and parent assignment, default service by
     * date, other projects' services refused), the approval rule, published snapshots kept as revisions, deletions.
     */
    @AoTest
    void batchedResyncEndsWhereProjectingEachWorklogEnds(ActiveObjects ao) {
        Stores stores = Stores.on(ao);
        AoTimeEntryStore store = stores.time;
        Fixtures fixtures = new Fixtures(stores);
        var approvalBudget = fixtures.budget(10000, "Approval", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-10-10", null, "100", true);
        fixtures.service(approvalBudget, "Default", Billing.HOURLY, "10.00", true);
        var assigned = fixtures.service(approvalBudget, "Assigned", Billing.HOURLY, "20.00", false);
        var liveBudget = fixtures.budget(10000, "Live", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "100", false);
        fixtures.service(liveBudget, "Live default", Billing.HOURLY, "10.00", true);
        var otherProject = fixtures.budget(10001, "Other", BudgetType.TIME_AND_MATERIALS, "EUR", "2026-09-01", null, "100", true);
        var foreign = fixtures.service(otherProject, "Foreign", Billing.HOURLY, "10.00", true);
        stores.assignments.assignIssue(100000, 10000, assigned.id());   // parent of sub-task 100005
        stores.assignments.assignIssue(100002, 10000, foreign.id());    // another project's service: must not count
        stores.assignments.assignIssue(100011, 10001, foreign.id());

        Map<Long, String> batched = scenario(ao, store, jira -> resync(ao, jira).run(() -> false));
        ao.deleteWithSQL(TimeEntryEntity.class, "ID > ?", 0);
        TimeEntryProjection oneByOne = new TimeEntryProjection(store, stores.budgetsAndAssignments,
                new AttributionService(stores.budgetsAndAssignments));
        Map<Long, String> reference = scenario(ao, store, jira -> {
            for (long project : jira.projectIds()) {
                for (long issue : jira.issueIds(project)) {
                    List<WorklogState> worklogs = jira.worklogsOf(issue);
                    worklogs.forEach(oneByOne::worklogPresent);
                    store.ofIssue(issue).stream()
                            .filter(e -> worklogs.stream().noneMatch(w -> w.worklogId() == e.worklogId()))
                            .forEach(e -> oneByOne.worklogGone(e.worklogId()));
                }
            }
        });

        assertEquals(reference, batched);
        assertTrue(batched.values().stream().anyMatch(v -> v.contains("EDIT")), "a published entry was edited: " + batched);
        assertTrue(batched.values().stream().anyMatch(v -> v.contains("DELETION")), "a published entry was deleted");
        assertTrue(batched.values().stream().anyMatch(v -> v.startsWith("service " + assigned.id() + " ")),
                "the sub-task took its parent's service");
        assertTrue(batched.values().stream().noneMatch(v -> v.startsWith("service " + foreign.id() + " ")
                && !v.contains("project 10001")), "no entry of project 10000 on another project's service");
    }

    /** Sync, approve every other pending entry, edit and delete some worklogs, sync again: what the entries say. */
    private static Map<Long, String> scenario(ActiveObjects ao, TimeEntryStore store,
                                              java.util.function.Consumer<FakeJira> sync) {
        FakeJira jira = new FakeJira();
        sync.accept(jira);
        List<TimeEntryEntity> pending = Arrays.stream(ao.find(TimeEntryEntity.class, Query.select()
                .where("STATUS = ?", "PENDING").order("WORKLOG_ID"))).toList();
        for (int i = 0; i < pending.size(); i += 2) {
            assertTrue(store.transition(pending.get(i).getID(), io.github.clientbudgets.review.EntryState.pending(),
                    io.github.clientbudgets.review.EntryState.approved(), true,
                    new TimeEntry.Review("pm", Instant.parse("2026-11-01T10:00:00Z"), null)));
        }
        for (TreeMap<Long, List<WorklogState>> issues : jira.projects.values()) {
            for (List<WorklogState> worklogs : issues.values()) {
                if (worklogs.size() >= 2) {
                    worklogs.remove(0);
                    WorklogState w = worklogs.get(0);
                    worklogs.set(0, new WorklogState(w.worklogId(), w.issueId(), w.parentIssueId(), w.projectId(),
                            w.authorKey(), w.started(), w.workDay(), w.seconds() + 60, w.comment()));
                }
            }
        }
        sync.accept(jira);
        Map<Long, String> result = new TreeMap<>();
        for (TimeEntryEntity e : ao.find(TimeEntryEntity.class, Query.select())) {
            result.put(e.getWorklogId(), "service " + e.getServiceId() + " project " + e.getProjectId() + " "
                    + e.getStatus() + " " + e.getRevision() + " " + e.getSeconds() + "s approved "
                    + e.getApprovedSeconds() + "s on " + e.getApprovedServiceId() + " day " + e.getWorkDay());
        }
        return result;
    }

    /** An event that projects a worklog while the resync holds its batch: the resync's batch insert loses to it. */
    @AoTest
    void aWorklogProjectedByAnEventDuringTheBatchIsNotDuplicated(ActiveObjects ao) {
        FakeJira jira = new FakeJira();
        AoTimeEntryStore real = new AoTimeEntryStore(ao);
        AtomicInteger batches = new AtomicInteger();
        TimeEntryStore racing = new DelegatingStore(real) {
            @Override
            public void insertAll(List<TimeEntry> newEntries) {
                if (batches.incrementAndGet() == 2 && !newEntries.isEmpty()) {
                    real.insert(newEntries.get(newEntries.size() - 1)); // the event's insert, a moment earlier
                }
                real.insertAll(newEntries);
            }
        };

        Resync.Outcome outcome = resync(ao, jira, racing).run(() -> false);

        assertTrue(outcome.finished());
        assertTrue(batches.get() >= 2, "the race happened");
        assertEquals(jira.worklogCount(), entries(ao).size());
        assertEquals(jira.worklogCount(), ao.count(TimeEntryEntity.class, Query.select()), "no duplicates");
    }

    /** New entries written as one batch read back as they were written, every column (H2 and PostgreSQL). */
    @AoTest
    void batchInsertedEntriesReadBackWhole(ActiveObjects ao) {
        AoTimeEntryStore store = new AoTimeEntryStore(ao);
        Instant started = Instant.parse("2026-10-05T08:30:00Z");
        LocalDate day = LocalDate.of(2026, 10, 5);
        List<TimeEntry> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            WorklogState live = new WorklogState(7000 + i, 500 + i, i % 2 == 0 ? null : 499L, 10000, "dev" + i,
                    started.plusSeconds(i), day.plusDays(i), 900L * (i + 1), i == 3 ? null : "comment <" + i + ">");
            TimeEntry.Snapshot snapshot = i % 2 == 0 ? null
                    : new TimeEntry.Snapshot(600L * i, started, day, 77L, true, "approved " + i);
            written.add(new TimeEntry(0, live, i == 4 ? null : 70L + i, i == 1 ? 71L : null, i % 2 == 0, "note " + i,
                    i % 2 == 0 ? io.github.clientbudgets.review.ApprovalStatus.PENDING
                            : io.github.clientbudgets.review.ApprovalStatus.APPROVED,
                    i == 3 ? io.github.clientbudgets.review.EntryState.Revision.EDIT
                            : io.github.clientbudgets.review.EntryState.Revision.NONE,
                    snapshot, i % 2 == 0 ? TimeEntry.Review.NONE
                    : new TimeEntry.Review("pm", started.plusSeconds(60), null)));
        }

        store.insertAll(written.subList(0, 1)); // an empty table: the first goes through AO
        store.insertAll(written.subList(1, 5)); // then one JDBC batch

        Map<Long, TimeEntry> read = store.byWorklogs(written.stream().map(TimeEntry::worklogId).toList());
        assertEquals(5, read.size());
        for (TimeEntry expected : written) {
            TimeEntry actual = read.get(expected.worklogId());
            assertEquals(expected.live(), actual.live());
            assertEquals(expected.serviceId(), actual.serviceId());
            assertEquals(expected.explicitServiceId(), actual.explicitServiceId());
            assertEquals(expected.billable(), actual.billable());
            assertEquals(expected.clientNote(), actual.clientNote());
            assertEquals(expected.status(), actual.status());
            assertEquals(expected.revision(), actual.revision());
            assertEquals(expected.approved(), actual.approved());
            assertEquals(expected.review(), actual.review());
        }
        assertEquals(2, store.ofIssues(List.of(500L, 501L, 999L)).size());
    }

    /** A store that passes everything on, for tests that step in on one call. */
    private static class DelegatingStore implements TimeEntryStore {
        private final TimeEntryStore d;

        DelegatingStore(TimeEntryStore d) {
            this.d = d;
        }

        public TimeEntry insert(TimeEntry entry) { return d.insert(entry); }
        public void insertAll(List<TimeEntry> newEntries) { d.insertAll(newEntries); }
        public java.util.Optional<TimeEntry> byId(long id) { return d.byId(id); }
        public java.util.Optional<TimeEntry> byWorklog(long id) { return d.byWorklog(id); }
        public Map<Long, TimeEntry> byWorklogs(java.util.Collection<Long> ids) { return d.byWorklogs(ids); }
        public List<TimeEntry> byIds(java.util.Collection<Long> ids) { return d.byIds(ids); }
        public void updateLive(long id, WorklogState live, Long serviceId, io.github.clientbudgets.review.ApprovalStatus status,
                               io.github.clientbudgets.review.EntryState.Revision revision) {
            d.updateLive(id, live, serviceId, status, revision);
        }
        public boolean transition(long id, io.github.clientbudgets.review.EntryState expected,
                                  io.github.clientbudgets.review.EntryState next, boolean publish, TimeEntry.Review review) {
            return d.transition(id, expected, next, publish, review);
        }
        public void updateDetails(long id, Long serviceId, Long explicitServiceId, boolean billable, String clientNote,
                                  boolean alsoPublished) {
            d.updateDetails(id, serviceId, explicitServiceId, billable, clientNote, alsoPublished);
        }
        public void delete(long id) { d.delete(id); }
        public List<TimeEntry> ofIssue(long issueId) { return d.ofIssue(issueId); }
        public List<TimeEntry> ofIssues(java.util.Collection<Long> issueIds) { return d.ofIssues(issueIds); }
        public List<TimeEntry> ofIssueOrSubtasks(long issueId) { return d.ofIssueOrSubtasks(issueId); }
        public void setService(long id, Long serviceId) { d.setService(id, serviceId); }
        public int publishLive(long budgetId) { return d.publishLive(budgetId); }
        public boolean anyTimeOn(List<Long> serviceIds) { return d.anyTimeOn(serviceIds); }
    }
}
