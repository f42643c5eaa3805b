package io.github.clientbudgets.timeentry;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.issue.worklog.WorklogManager;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class WorklogEventListenerTest {
    private final EventPublisher events = mock(EventPublisher.class);
    private final WorklogManager worklogs = mock(WorklogManager.class);
    private final TimeEntryProjection projection = mock(TimeEntryProjection.class);
    private final TimeEntryStore entries = mock(TimeEntryStore.class);
    private final WorklogEventListener listener = new WorklogEventListener(events, worklogs, projection, entries);

    private static Worklog worklog(long id, Issue issue) {
        Worklog w = mock(Worklog.class);
        when(w.getId()).thenReturn(id);
        when(w.getIssue()).thenReturn(issue);
        when(w.getAuthorKey()).thenReturn("dev");
        when(w.getStartDate()).thenReturn(Date.from(java.time.Instant.parse("2026-11-02T09:00:00Z")));
        when(w.getTimeSpent()).thenReturn(3600L);
        return w;
    }

    private static Issue subTask() {
        Issue parent = mock(Issue.class);
        when(parent.getId()).thenReturn(100L);
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(101L);
        when(issue.getProjectId()).thenReturn(10000L);
        when(issue.isSubTask()).thenReturn(true);
        when(issue.getParentObject()).thenReturn(parent);
        return issue;
    }

    @Test
    void registersAndUnregistersWithJirasEventPublisher() {
        listener.register();
        listener.unregister();
        verify(events).register(listener);
        verify(events).unregister(listener);
    }

    @Test
    void projectsTheWorklogAsJiraHoldsItNotAsTheEventCarriedIt() {
        Issue issue = subTask();
        Worklog stale = worklog(5, issue);
        Worklog current = worklog(5, issue);
        when(current.getTimeSpent()).thenReturn(7200L);
        when(worklogs.getById(5L)).thenReturn(current);

        listener.onIssueEvent(new IssueEvent(issue, EventType.ISSUE_WORKLOG_UPDATED_ID, null, stale));

        ArgumentCaptor<WorklogState> state = ArgumentCaptor.forClass(WorklogState.class);
        verify(projection).worklogPresent(state.capture());
        assertEquals(7200, state.getValue().seconds());
        assertEquals(100L, state.getValue().parentIssueId());
        assertEquals(10000L, state.getValue().projectId());
    }

    @Test
    void aWorklogJiraNoLongerHasIsGone() {
        Issue issue = subTask();
        when(worklogs.getById(5L)).thenReturn(null);

        listener.onIssueEvent(new IssueEvent(issue, EventType.ISSUE_WORKLOGGED_ID, null, worklog(5, issue)));

        verify(projection).worklogGone(5L);
    }

    @Test
    void otherIssueEventsAreIgnored() {
        Issue issue = subTask();
        listener.onIssueEvent(new IssueEvent(issue, EventType.ISSUE_UPDATED_ID, null, null));
        listener.onIssueEvent(new IssueEvent(issue, EventType.ISSUE_WORKLOGGED_ID, null, null));
        verifyNoInteractions(projection, worklogs);
    }

    @Test
    void ourFailureNeverReachesJirasWorklogSave() {
        Issue issue = subTask();
        Worklog saved = worklog(5, issue);
        when(worklogs.getById(anyLong())).thenReturn(saved);
        doThrow(new IllegalStateException("database gone")).when(projection).worklogPresent(any());

        listener.onIssueEvent(new IssueEvent(issue, EventType.ISSUE_WORKLOGGED_ID, null, saved));

        verify(projection).worklogPresent(any());
    }

    private static TimeEntry entryOf(long worklogId, long issueId) {
        return TimeEntry.of(new WorklogState(worklogId, issueId, null, 10000L, "dev",
                java.time.Instant.parse("2026-11-02T09:00:00Z"), java.time.LocalDate.parse("2026-11-02"), 3600, null),
                null, io.github.clientbudgets.review.ApprovalStatus.PENDING);
    }

    @Test
    void aMovedIssueReprojectsEveryWorklogOfItAndItsSubTasks() {
        Issue issue = subTask();
        Worklog kept = worklog(5, issue);
        Worklog onSubTask = worklog(6, issue);
        Worklog unknownYet = worklog(7, issue);
        when(entries.ofIssueOrSubtasks(101L)).thenReturn(java.util.List.of(entryOf(5, 101), entryOf(6, 102)));
        when(worklogs.getById(5L)).thenReturn(kept);
        when(worklogs.getById(6L)).thenReturn(onSubTask);
        when(worklogs.getByIssue(issue)).thenReturn(java.util.List.of(kept, unknownYet));

        listener.onIssueEvent(new IssueEvent(issue, EventType.ISSUE_MOVED_ID, null, null));

        ArgumentCaptor<WorklogState> states = ArgumentCaptor.forClass(WorklogState.class);
        verify(projection, org.mockito.Mockito.times(3)).worklogPresent(states.capture());
        assertEquals(java.util.List.of(5L, 6L, 7L), states.getAllValues().stream().map(WorklogState::worklogId).toList(),
                "each worklog once, including one we had not seen");
    }

    @Test
    void aDeletedIssueTakesItsEntriesWithItWithoutAWorklogEventEach() {
        Issue issue = subTask();
        when(entries.ofIssueOrSubtasks(101L)).thenReturn(java.util.List.of(entryOf(5, 101), entryOf(6, 101)));

        listener.onIssueEvent(new IssueEvent(issue, EventType.ISSUE_DELETED_ID, null, null));

        verify(projection).worklogGone(5L);
        verify(projection).worklogGone(6L);
        verify(worklogs, org.mockito.Mockito.never()).getByIssue(any());
    }
}
