package io.github.clientbudgets.attribution;

import java.time.LocalDate;

/** What attribution needs to know of a worklog. {@code parentIssueId} is set for sub-tasks. */
public record WorklogFacts(long issueId, Long parentIssueId, long projectId, LocalDate day, Long explicitServiceId) {
}
