package io.github.clientbudgets.permission;

/** A Jira issue as the domain needs it; {@code parentId} is set for sub-tasks. */
public record IssueRef(long id, String key, long projectId, Long parentId) {
}
