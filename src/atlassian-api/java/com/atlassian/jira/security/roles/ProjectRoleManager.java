package com.atlassian.jira.security.roles;

import com.atlassian.jira.project.Project;

/** Stand-in: only what the plugin calls. Source: [C J63 security/roles/ProjectRoleManager.java]. */
public interface ProjectRoleManager {
    ProjectRole getProjectRole(String name);

    ProjectRoleActors getProjectRoleActors(ProjectRole projectRole, Project project);
}
