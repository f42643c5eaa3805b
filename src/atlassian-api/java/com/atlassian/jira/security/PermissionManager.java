package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Collection;

/** Stand-in. Source: [C J63; COMPAT]. The JiraManager super-interface is left out (unused). */
public interface PermissionManager {
    boolean hasPermission(ProjectPermissionKey key, Issue issue, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey key, Project project, ApplicationUser user);

    Collection<Project> getProjects(ProjectPermissionKey key, ApplicationUser user);
}
