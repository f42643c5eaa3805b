package io.github.clientbudgets.timeentry;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A worklog as Jira holds it now, in plain Java: what the projection needs, nothing of Jira's types.
 *
 * @param workDay the worklog's start day in the Jira server's calendar
 */
public record WorklogState(long worklogId, long issueId, Long parentIssueId, long projectId, String authorKey,
                           Instant started, LocalDate workDay, long seconds) {
}
