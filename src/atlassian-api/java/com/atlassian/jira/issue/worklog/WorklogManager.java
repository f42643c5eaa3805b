package com.atlassian.jira.issue.worklog;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

import java.util.List;

/** Stand-in. Source: [C J63 shape; ApplicationUser in 7+: U-scn]. Does no permission checks. */
public interface WorklogManager {
    Worklog create(ApplicationUser user, Worklog worklog, Long newEstimate, boolean dispatchEvent);

    Worklog update(ApplicationUser user, Worklog worklog, Long newEstimate, boolean dispatchEvent);

    boolean delete(ApplicationUser user, Worklog worklog, Long newEstimate, boolean dispatchEvent);

    Worklog getById(Long id);

    List<Worklog> getByIssue(Issue issue);
}
