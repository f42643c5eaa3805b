package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in. Source: [C J63 kind; U-cap 7+ types]: a final class. Its real super-types
 * (AbstractEvent, IssueRelatedEvent) are left out; the constructor here is the dev host's, never the plugin's.
 */
public final class IssueEvent {
    private final Issue issue;
    private final Long eventTypeId;
    private final ApplicationUser user;
    private final Worklog worklog;

    public IssueEvent(Issue issue, Long eventTypeId, ApplicationUser user, Worklog worklog) {
        this.issue = issue;
        this.eventTypeId = eventTypeId;
        this.user = user;
        this.worklog = worklog;
    }

    public Issue getIssue() {
        return issue;
    }

    public Long getEventTypeId() {
        return eventTypeId;
    }

    public ApplicationUser getUser() {
        return user;
    }

    public Worklog getWorklog() {
        return worklog;
    }
}
