package io.github.clientbudgets.timeentry;

import io.github.clientbudgets.testing.Stores;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.review.EntryState;
import io.github.clientbudgets.attribution.AttributionService;
import io.github.clientbudgets.budget.AoBudgetStore;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.testing.AoTest;
import io.github.clientbudgets.testing.Fixtures;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worklog → time entry projection on a real database: create, edit, delete, repeats and late events. */
class TimeEntryProjectionTest {
    private static final long PROJECT = 10000L;
    private static final long ISSUE = 20001L;

    private record World(AoTimeEntryStore entries, TimeEntryProjection projection, LineItem design, Budget budget) {
    }

    private static World world(ActiveObjects ao, boolean approvalRequired) {
        Stores stores = Stores.on(ao);
        AoTimeEntryStore entries = stores.time;
        Fixtures fixtures = new Fixtures(stores);
        Budget budget = fixtures.budget(PROJECT, "Website relaunch", BudgetType.TIME_AND_MATERIALS, "EUR",
                "2026-09-01", "2026-12-31", "50000", approvalRequired);
        LineItem design = fixtures.service(budget, "Design", Billing.HOURLY, "95.00", true);
        return new World(entries, new TimeEntryProjection(entries, stores.budgetsAndAssignments,
                new AttributionService(stores.budgetsAndAssignments)), design, budget);
    }

    private static WorklogState worklog(long id, String day, long seconds) {
        LocalDate d = LocalDate.parse(day);
        return new WorklogState(id, ISSUE, null, PROJECT, "dev", Instant.parse(day + "T09:00:00Z"), d, seconds, "comment " + seconds);
    }

    private static int rows(ActiveObjects ao) {
        return ao.count(TimeEntryEntity.class, Query.select());
    }

    @AoTest
    void aNewWorklogBecomesAPendingEntryOnTheDefaultService(ActiveObjects ao) {
        World w = world(ao, true);

        w.projection().worklogPresent(worklog(1, "2026-11-02", 3600));

        TimeEntry entry = w.entries().byWorklog(1).orElseThrow();
        assertEquals(w.design().id(), entry.serviceId());
        assertEquals(ApprovalStatus.PENDING, entry.status());
        assertEquals(3600, entry.seconds());
    }

    @AoTest
    void withoutApprovalTheEntryCountsAtOnce(ActiveObjects ao) {
        World w = world(ao, false);
        w.projection().worklogPresent(worklog(1, "2026-11-02", 3600));
        assertEquals(ApprovalStatus.APPROVED, w.entries().byWorklog(1).orElseThrow().status());
    }

    @AoTest
    void aWorklogOutsideEveryBudgetIsKeptWithoutService(ActiveObjects ao) {
        World w = world(ao, true);
        w.projection().worklogPresent(worklog(1, "2027-02-01", 3600));
        assertNull(w.entries().byWorklog(1).orElseThrow().serviceId());
    }

    @AoTest
    void repeatedEventsLeaveOneEntry(ActiveObjects ao) {
        World w = world(ao, true);
        for (int i = 0; i < 3; i++) {
            w.projection().worklogPresent(worklog(1, "2026-11-02", 3600));
        }
        assertEquals(1, rows(ao));
    }

    @AoTest
    void anEditUpdatesLiveValuesAndSendsARejectedEntryBackForReview(ActiveObjects ao) {
        World w = world(ao, true);
        w.projection().worklogPresent(worklog(1, "2026-11-02", 3600));
        TimeEntry entry = w.entries().byWorklog(1).orElseThrow();
        assertTrue(w.entries().transition(entry.id(), entry.state(), EntryState.rejected(), false,
                new TimeEntry.Review("pm", Instant.now(), "wrong issue")));

        w.projection().worklogPresent(worklog(1, "2026-11-03", 5400));

        TimeEntry edited = w.entries().byWorklog(1).orElseThrow();
        assertEquals(5400, edited.seconds());
        assertEquals(LocalDate.parse("2026-11-03"), edited.workDay());
        assertEquals(ApprovalStatus.PENDING, edited.status());
    }

    @AoTest
    void deletingAnUnpublishedWorklogRemovesItsEntryAndLateDeletesAreHarmless(ActiveObjects ao) {
        World w = world(ao, true);
        w.projection().worklogPresent(worklog(1, "2026-11-02", 3600));

        w.projection().worklogGone(1);
        w.projection().worklogGone(1);
        w.projection().worklogGone(99);

        assertEquals(0, rows(ao));
    }

    @AoTest
    void anApprovedSnapshotSurvivesEditsAndDeletionUntilReviewed(ActiveObjects ao) {
        World w = world(ao, true);
        w.projection().worklogPresent(worklog(1, "2026-11-02", 3600));
        w.entries().publishLive(w.budget().id()); // what approving does to the snapshot

        w.projection().worklogPresent(worklog(1, "2026-11-02", 7200));
        TimeEntry edited = w.entries().byWorklog(1).orElseThrow();
        assertEquals(ApprovalStatus.APPROVED, edited.status());
        assertEquals(3600L, edited.approved().seconds(), "the client still sees the approved hour");
        assertEquals("comment 3600", edited.approved().comment(), "and the approved comment");
        assertEquals(7200, edited.seconds());
        assertEquals("comment 7200", edited.comment());
        assertEquals(EntryState.Revision.EDIT, edited.revision());

        w.projection().worklogGone(1);
        TimeEntry deleted = w.entries().byWorklog(1).orElseThrow();
        assertEquals(0, deleted.seconds(), "a deletion waiting for review");
        assertEquals(EntryState.Revision.DELETION, deleted.revision());
        assertEquals(3600L, deleted.approved().seconds());
        w.projection().worklogGone(1);
        assertEquals(deleted, w.entries().byWorklog(1).orElseThrow(), "a repeated deletion changes nothing");
    }

    @AoTest
    void aWorklogMovedToAnotherProjectLeavesTheBudget(ActiveObjects ao) {
        World w = world(ao, true);
        w.projection().worklogPresent(worklog(1, "2026-11-02", 3600));

        w.projection().worklogPresent(new WorklogState(1, 30001L, null, 10100L, "dev",
                Instant.parse("2026-11-02T09:00:00Z"), LocalDate.parse("2026-11-02"), 3600, null));

        TimeEntry moved = w.entries().byWorklog(1).orElseThrow();
        assertEquals(10100L, moved.projectId());
        assertNull(moved.serviceId());
        assertTrue(rows(ao) == 1);
    }

    /**
     * On a cluster, events arrive twice, late and out of order. Whatever the order, the listener reads the worklog
     * as Jira holds it now, so every order ends in the same entries.
     */
    @AoTest
    void eventsTwiceLateOrOutOfOrderEndInTheSameEntries(ActiveObjects ao) {
        World w = world(ao, true);
        com.atlassian.jira.issue.Issue issue = org.mockito.Mockito.mock(com.atlassian.jira.issue.Issue.class);
        org.mockito.Mockito.when(issue.getId()).thenReturn(ISSUE);
        org.mockito.Mockito.when(issue.getProjectId()).thenReturn(PROJECT);
        com.atlassian.jira.issue.worklog.WorklogManager jira = org.mockito.Mockito.mock(com.atlassian.jira.issue.worklog.WorklogManager.class);
        WorklogEventListener listener = new WorklogEventListener(org.mockito.Mockito.mock(com.atlassian.event.api.EventPublisher.class),
                jira, w.projection(), w.entries());
        // Jira now: worklog 1 was created then edited to 1.5 h; worklog 2 was created then deleted
        com.atlassian.jira.issue.worklog.Worklog one = org.mockito.Mockito.mock(com.atlassian.jira.issue.worklog.Worklog.class);
        org.mockito.Mockito.when(one.getId()).thenReturn(1L);
        org.mockito.Mockito.when(one.getIssue()).thenReturn(issue);
        org.mockito.Mockito.when(one.getAuthorKey()).thenReturn("dev");
        org.mockito.Mockito.when(one.getStartDate()).thenReturn(java.util.Date.from(Instant.parse("2026-11-02T09:00:00Z")));
        org.mockito.Mockito.when(one.getTimeSpent()).thenReturn(5400L);
        com.atlassian.jira.issue.worklog.Worklog two = org.mockito.Mockito.mock(com.atlassian.jira.issue.worklog.Worklog.class);
        org.mockito.Mockito.when(two.getId()).thenReturn(2L);
        org.mockito.Mockito.when(jira.getById(1L)).thenReturn(one);
        org.mockito.Mockito.when(jira.getById(2L)).thenReturn(null);
        java.util.List<com.atlassian.jira.event.issue.IssueEvent> events = java.util.List.of(
                new com.atlassian.jira.event.issue.IssueEvent(issue, com.atlassian.jira.event.type.EventType.ISSUE_WORKLOG_UPDATED_ID, null, one),
                new com.atlassian.jira.event.issue.IssueEvent(issue, com.atlassian.jira.event.type.EventType.ISSUE_WORKLOGGED_ID, null, one),
                new com.atlassian.jira.event.issue.IssueEvent(issue, com.atlassian.jira.event.type.EventType.ISSUE_WORKLOG_DELETED_ID, null, two),
                new com.atlassian.jira.event.issue.IssueEvent(issue, com.atlassian.jira.event.type.EventType.ISSUE_WORKLOGGED_ID, null, two),
                new com.atlassian.jira.event.issue.IssueEvent(issue, com.atlassian.jira.event.type.EventType.ISSUE_WORKLOG_UPDATED_ID, null, one));

        events.forEach(listener::onIssueEvent); // late create after the edit, a create after the delete, a repeat
        TimeEntry afterDisorder = w.entries().byWorklog(1).orElseThrow();
        assertEquals(5400, afterDisorder.seconds());
        assertTrue(w.entries().byWorklog(2).isEmpty(), "a create delivered after its delete leaves nothing");
        assertEquals(1, rows(ao));
        events.forEach(listener::onIssueEvent); // everything again
        assertEquals(afterDisorder, w.entries().byWorklog(1).orElseThrow());
        assertEquals(1, rows(ao));
    }
}
