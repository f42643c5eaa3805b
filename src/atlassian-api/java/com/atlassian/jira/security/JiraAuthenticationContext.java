package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/** Stand-in. Source: [U many plugins; COMPAT]: 7+ returns ApplicationUser. */
public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();

    boolean isLoggedInUser();
}
