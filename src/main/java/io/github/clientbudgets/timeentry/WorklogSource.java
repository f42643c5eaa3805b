package io.github.clientbudgets.timeentry;

import java.util.List;

/** Jira's worklogs as the resync walks them: projects, then issues, in ascending id order. */
public interface WorklogSource {
    List<Long> projectIds();

    List<Long> issueIds(long projectId);

    /** The issue's worklogs as Jira holds them now; empty when the issue is gone. */
    List<WorklogState> worklogsOf(long issueId);
}
