package io.github.clientbudgets.permission;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What the domain asks Jira about users, projects and rights. One small port: {@link JiraPermissions} answers it
 * in Jira, fakes answer it in tests.
 */
public interface Permissions {
    /** The logged-in user's key, empty for the anonymous. */
    Optional<String> currentUserKey();

    Optional<ProjectRef> projectByKey(String projectKey);

    Optional<ProjectRef> projectById(long projectId);

    Optional<IssueRef> issueByKey(String issueKey);

    /** BROWSE_PROJECTS on the project. */
    boolean canBrowse(String userKey, long projectId);

    /** ADMINISTER_PROJECTS on the project, or Jira admin (global ADMINISTER). */
    boolean canAdminister(String userKey, long projectId);

    /**
     * Those of these projects the user may administer (as {@link #canAdminister}), asked as one question: the header's
     * Approvals link asks it on every page, for every project with a budget under approval.
     */
    default java.util.Set<Long> administeredAmong(String userKey, Collection<Long> projectIds) {
        java.util.Set<Long> result = new java.util.HashSet<>();
        projectIds.forEach(id -> {
            if (canAdminister(userKey, id)) {
                result.add(id);
            }
        });
        return result;
    }

    /**
     * The users who administer the project (ADMINISTER_PROJECTS through its Administrators role, and its lead when he
     * may), active ones only: the project's PMs, whom budget alerts reach. Jira admins are not listed.
     */
    default java.util.Set<String> projectAdministrators(long projectId) {
        return java.util.Set.of();
    }

    boolean userExists(String userKey);

    /** The user's display name, or the key itself when unknown. */
    String displayName(String userKey);

    /** The user's e-mail address, when he has one. */
    Optional<String> emailAddress(String userKey);

    /**
     * Active users (Jira users and JSM customers alike) whose name, display name or e-mail matches the query, at
     * most {@code limit}; a query with an {@code @} also finds the exact e-mail address.
     */
    java.util.List<UserRef> findUsers(String query, int limit);

    /** Issue keys by issue id, in one call (issues that no longer exist are left out). */
    Map<Long, String> issueKeys(Collection<Long> issueIds);
}
