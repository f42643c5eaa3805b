package io.github.clientbudgets.access;

/** A client grant on a project: to a user (userKey) or to a JSM customer organization (organizationId). */
public record ClientGrant(long id, long projectId, String userKey, Integer organizationId, String createdBy) {
}
