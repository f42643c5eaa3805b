package com.atlassian.jira.issue.worklog;

import com.atlassian.jira.issue.Issue;

import java.util.Date;

/** Stand-in. Source: [C JD7 7.0.8 Worklog; J63]. WithId super-interface left out (unused). */
public interface Worklog {
    Long getId();

    String getAuthorKey();

    String getUpdateAuthorKey();

    Date getStartDate();

    Long getTimeSpent();

    String getComment();

    Date getCreated();

    Date getUpdated();

    Issue getIssue();
}
