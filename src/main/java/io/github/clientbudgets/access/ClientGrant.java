package io.github.clientbudgets.access;

/**
 * A client grant on a project: to a user (userKey) or to a JSM customer organization (organizationId).
 * {@code clientManager}: the grantee (every member of the organization) may also sign off the budgets' months.
 */
public record ClientGrant(long id, long projectId, String userKey, Integer organizationId, String createdBy,
                          boolean clientManager) {

    public ClientGrant(long id, long projectId, String userKey, Integer organizationId, String createdBy) {
        this(id, projectId, userKey, organizationId, createdBy, false);
    }
}
