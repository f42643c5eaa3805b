package com.atlassian.jira.security.roles;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Set;

/** Stand-in: only what the plugin calls. Source: [C J63 security/roles/DefaultRoleActors.java; U 7+ scripts]. */
public interface DefaultRoleActors {
    Set<ApplicationUser> getApplicationUsers();
}
