package com.atlassian.jira.security.roles;

/** Stand-in: only what the plugin (or the host) calls. Source: [C J63 security/roles/ProjectRole.java]. */
public interface ProjectRole {
    Long getId();

    String getName();
}
