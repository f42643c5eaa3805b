package com.atlassian.jira.bc.user.search;

import com.atlassian.jira.user.ApplicationUser;

import java.util.List;

/**
 * Stand-in. Source: Jira's javadoc (docs.atlassian.com/jira/7.0.4 and /server, {@code @PublicApi public interface
 * UserSearchService}): {@code List<ApplicationUser> findUsers(String query, UserSearchParams userSearchParams)} and
 * {@code Iterable<String> findUserKeysByEmail(String email)}. Checked against that javadoc.
 * Only what the code calls.
 */
public interface UserSearchService {
    List<ApplicationUser> findUsers(String query, UserSearchParams userSearchParams);

    Iterable<String> findUserKeysByEmail(String email);
}
