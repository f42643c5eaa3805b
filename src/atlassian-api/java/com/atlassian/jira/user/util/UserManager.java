package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/** Stand-in. Source: [C J63]: Jira's own user manager (not SAL's). */
public interface UserManager {
    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);
}
