package io.github.clientbudgets.devhost.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.worklog.Worklog;

import java.util.Date;

/**
 * A worklog (Jira's {@code worklog} table), immutable as Jira's {@code WorklogImpl2}. {@code id} is null for a
 * worklog not yet created.
 */
public final class HostWorklog implements Worklog {
    private final Long id;
    private final Issue issue;
    private final String authorKey;
    private final String updateAuthorKey;
    private final String comment;
    private final Date startDate;
    private final Long timeSpent;
    private final Date created;
    private final Date updated;

    public HostWorklog(Long id, Issue issue, String authorKey, String updateAuthorKey, String comment, Date startDate,
                       Long timeSpent, Date created, Date updated) {
        this.id = id;
        this.issue = issue;
        this.authorKey = authorKey;
        this.updateAuthorKey = updateAuthorKey;
        this.comment = comment;
        this.startDate = startDate == null ? null : new Date(startDate.getTime());
        this.timeSpent = timeSpent;
        this.created = created == null ? null : new Date(created.getTime());
        this.updated = updated == null ? null : new Date(updated.getTime());
    }

    /** A new worklog to pass to {@code WorklogManager.create}. */
    public static HostWorklog newWorklog(Issue issue, String authorKey, String comment, Date start, long seconds) {
        return new HostWorklog(null, issue, authorKey, authorKey, comment, start, seconds, null, null);
    }

    /** This worklog with new values, for {@code WorklogManager.update}. */
    public HostWorklog withValues(String updateAuthor, String newComment, Date newStart, long newSeconds) {
        return new HostWorklog(id, issue, authorKey, updateAuthor, newComment, newStart, newSeconds, created, updated);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getAuthorKey() {
        return authorKey;
    }

    @Override
    public String getUpdateAuthorKey() {
        return updateAuthorKey;
    }

    @Override
    public Date getStartDate() {
        return startDate == null ? null : new Date(startDate.getTime());
    }

    @Override
    public Long getTimeSpent() {
        return timeSpent;
    }

    @Override
    public String getComment() {
        return comment;
    }

    @Override
    public Date getCreated() {
        return created == null ? null : new Date(created.getTime());
    }

    @Override
    public Date getUpdated() {
        return updated == null ? null : new Date(updated.getTime());
    }

    @Override
    public Issue getIssue() {
        return issue;
    }

    @Override
    public String toString() {
        return "Worklog " + id + " on " + issue + " by " + authorKey + ": " + timeSpent + "s";
    }
}
