package com.atlassian.jira.bc.user.search;

/**
 * Stand-in. Source: Jira's javadoc (docs.atlassian.com/jira/server, {@code public class UserSearchParams}): the
 * constructor {@code UserSearchParams(boolean allowEmptyQuery, boolean includeActive, boolean includeInactive)} and
 * the field {@code static UserSearchParams ACTIVE_USERS_IGNORE_EMPTY_QUERY} (an object constant, read from Jira's
 * class at run time). Only what the code and the dev host use.
 */
public class UserSearchParams {
    public static final UserSearchParams ACTIVE_USERS_IGNORE_EMPTY_QUERY = new UserSearchParams(false, true, false);

    /** Compile-only: Jira's class keeps the flags; nothing here reads them (the dev host searches active users). */
    public UserSearchParams(boolean allowEmptyQuery, boolean includeActive, boolean includeInactive) {
    }
}
