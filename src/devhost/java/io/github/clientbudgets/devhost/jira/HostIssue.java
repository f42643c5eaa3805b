package io.github.clientbudgets.devhost.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/** An issue of the host (Jira's {@code jiraissue}); a sub-task has a parent. A snapshot, as Jira's issue objects are. */
public final class HostIssue implements MutableIssue {
    private final long id;
    private final String key;
    private final String summary;
    private final String issueType;
    private final long projectId;
    private final Long parentId;
    private final long timeSpent;
    private final Instant created;
    private final Function<Long, Project> projects;
    private final Function<Long, Issue> issues;

    public HostIssue(long id, String key, String summary, String issueType, long projectId, Long parentId,
                     long timeSpent, Instant created, Function<Long, Project> projects, Function<Long, Issue> issues) {
        this.id = id;
        this.key = key;
        this.summary = summary;
        this.issueType = issueType;
        this.projectId = projectId;
        this.parentId = parentId;
        this.timeSpent = timeSpent;
        this.created = created;
        this.projects = projects;
        this.issues = issues;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getSummary() {
        return summary;
    }

    @Override
    public Project getProjectObject() {
        return projects.apply(projectId);
    }

    @Override
    public Long getProjectId() {
        return projectId;
    }

    @Override
    public boolean isSubTask() {
        return parentId != null;
    }

    @Override
    public Issue getParentObject() {
        return parentId == null ? null : issues.apply(parentId);
    }

    public Long parentId() {
        return parentId;
    }

    public String issueType() {
        return issueType;
    }

    /** Seconds logged on this issue (Jira's {@code timespent}). */
    public long timeSpent() {
        return timeSpent;
    }

    public Instant created() {
        return created;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Issue && Objects.equals(((Issue) o).getId(), id);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return key;
    }
}
