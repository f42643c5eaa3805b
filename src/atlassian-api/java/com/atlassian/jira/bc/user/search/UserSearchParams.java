package com.atlassian.jira.bc.user.search;

/**
 * Stand-in. Source: Jira's javadoc (docs.atlassian.com/jira/server, {@code public class UserSearchParams}): the
 * constructor {@code UserSearchParams(boolean allowEmptyQuery, boolean includeActive, boolean includeInactive)} and
 * the field {@code static UserSearchParams ACTIVE_USERS_IGNORE_EMPTY_QUERY} (an object constant, read from Jira's
 * class at run time). Only what the code and the dev host use.
 */
public class UserSearchParams {
    public static final UserSearchParams ACTIVE_USERS_IGNORE_EMPTY_QUERY = new UserSearchParams(false, true, false);

    private final boolean allowEmptyQuery;
    private final boolean includeActive;
    private final boolean includeInactive;

    public UserSearchParams(boolean allowEmptyQuery, boolean includeActive, boolean includeInactive) {
        this.allowEmptyQuery = allowEmptyQuery;
        this.includeActive = includeActive;
        this.includeInactive = includeInactive;
    }
}
