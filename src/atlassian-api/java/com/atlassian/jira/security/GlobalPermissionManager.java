package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Stand-in. Source: [C J63; COMPAT: present 8-11]. */
public interface GlobalPermissionManager {
    boolean hasPermission(GlobalPermissionKey key, ApplicationUser user);
}
