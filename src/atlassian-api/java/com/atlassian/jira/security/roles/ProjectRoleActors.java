package com.atlassian.jira.security.roles;

/** Stand-in. Source: [C J63 security/roles/ProjectRoleActors.java]. */
public interface ProjectRoleActors extends DefaultRoleActors {
}
