package io.github.clientbudgets.timeentry;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A worklog as Jira holds it now, in plain Java: what the projection needs, nothing of Jira's types. It is also the
 * "live" half of a {@link TimeEntry}.
 *
 * @param workDay the worklog's start day in the Jira server's calendar
 * @param comment the worklog's internal comment (clients see it only where the budget allows it)
 */
public record WorklogState(long worklogId, long issueId, Long parentIssueId, long projectId, String authorKey,
                           Instant started, LocalDate workDay, long seconds, String comment) {

    /** The same worklog after its deletion in Jira: nothing of it counts any more. */
    WorklogState deleted() {
        return new WorklogState(worklogId, issueId, parentIssueId, projectId, authorKey, started, workDay, 0, comment);
    }
}
