package com.atlassian.jira.application;

import com.atlassian.jira.user.ApplicationUser;

/** Stand-in. Source: [COMPAT 8.0-11.x]. Portal-only customer = active and no role. */
public interface ApplicationRoleManager {
    boolean hasAnyRole(ApplicationUser user);
}
