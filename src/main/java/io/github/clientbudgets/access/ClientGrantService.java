package io.github.clientbudgets.access;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.audit.AuditAction;
import io.github.clientbudgets.audit.AuditSubject;
import io.github.clientbudgets.audit.AuditTrail;
import io.github.clientbudgets.audit.FieldChange;
import io.github.clientbudgets.common.ForbiddenException;
import io.github.clientbudgets.common.InputPolicy;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.permission.ProjectRef;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Client grants of a project, managed by its PMs (project admins and Jira admins). A caller who can't browse the
 * project gets 404, one who browses but doesn't administer it 403. Granting twice is harmless (the existing grant
 * answers, also when two PMs grant at once: the unique grant key keeps one row); every grant and revocation is
 * audited in the transaction that makes it.
 */
public class ClientGrantService {
    private final ActiveObjects ao;
    private final Permissions permissions;
    private final AuditTrail audit;

    public ClientGrantService(ActiveObjects ao, Permissions permissions, AuditTrail audit) {
        this.ao = ao;
        this.permissions = permissions;
        this.audit = audit;
    }

    public List<ClientGrant> grants(String caller, String projectKey) {
        ProjectRef project = administeredProject(caller, projectKey);
        return Arrays.stream(ao.find(ClientGrantEntity.class, Query.select()
                        .where(ClientGrantEntity.PROJECT_ID + " = ?", project.id()).order("ID")))
                .map(ClientGrantService::toGrant).toList();
    }

    /**
     * Who a PM may grant: users and JSM customers whose name, display name or e-mail matches (at most 20). Only the
     * project's administrators ask, so e-mail addresses don't leak to others.
     */
    public List<io.github.clientbudgets.permission.UserRef> searchUsers(String caller, String projectKey, String query) {
        administeredProject(caller, projectKey);
        if (query == null || query.strip().length() < 2) {
            throw ValidationException.of("q", "client-budgets.error.query.short");
        }
        return permissions.findUsers(query, 20);
    }

    /** Grants a user (userKey) or a JSM organization (organizationId): exactly one of the two. */
    public ClientGrant grant(String caller, String projectKey, String userKey, Integer organizationId) {
        ProjectRef project = administeredProject(caller, projectKey);
        boolean toUser = userKey != null && !userKey.isBlank();
        if (toUser == (organizationId != null)) {
            throw ValidationException.of("userKey", "client-budgets.grant.one-of");
        }
        if (toUser && InputPolicy.problem(userKey, false) != null) {
            throw ValidationException.of("userKey", InputPolicy.problem(userKey, false));
        }
        if (toUser && (userKey.length() > InputPolicy.LINE_MAX || !permissions.userExists(userKey))) {
            throw ValidationException.of("userKey", "client-budgets.grant.no-such-user");
        }
        if (!toUser && organizationId <= 0) {
            throw ValidationException.of("organizationId", "client-budgets.grant.no-such-organization");
        }
        String key = project.id() + (toUser ? ":u:" + userKey : ":o:" + organizationId);
        Optional<ClientGrant> existing = existing(project.id(), userKey, organizationId);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return ao.executeInTransaction(() -> {
                ClientGrantEntity created = ao.create(ClientGrantEntity.class,
                        new DBParam(ClientGrantEntity.PROJECT_ID, project.id()),
                        new DBParam(ClientGrantEntity.USER_KEY, toUser ? userKey : null),
                        new DBParam(ClientGrantEntity.ORGANIZATION_ID, toUser ? null : organizationId),
                        new DBParam(ClientGrantEntity.GRANT_KEY, key),
                        new DBParam("CREATED_BY", caller),
                        new DBParam("CREATED_AT", System.currentTimeMillis()));
                audit.record(caller, null, AuditSubject.CLIENT_GRANT, created.getID(), AuditAction.CREATED,
                        List.of(new FieldChange(toUser ? "userKey" : "organizationId", null, toUser ? userKey : String.valueOf(organizationId)),
                                new FieldChange("project", null, project.key())));
                return toGrant(created);
            });
        } catch (RuntimeException duplicate) {
            // a parallel grant of the same grantee committed first (the unique key refused ours): it answers
            return existing(project.id(), userKey, organizationId).orElseThrow(() -> duplicate);
        }
    }

    private Optional<ClientGrant> existing(long projectId, String userKey, Integer organizationId) {
        ClientGrantEntity[] rows = userKey != null && !userKey.isBlank()
                ? ao.find(ClientGrantEntity.class, Query.select().where(ClientGrantEntity.PROJECT_ID + " = ? AND "
                + ClientGrantEntity.USER_KEY + " = ?", projectId, userKey))
                : ao.find(ClientGrantEntity.class, Query.select().where(ClientGrantEntity.PROJECT_ID + " = ? AND "
                + ClientGrantEntity.ORGANIZATION_ID + " = ?", projectId, organizationId));
        return rows.length == 0 ? Optional.empty() : Optional.of(toGrant(rows[0]));
    }

    public void revoke(String caller, long grantId) {
        ClientGrantEntity grant = grantId > Integer.MAX_VALUE ? null : ao.get(ClientGrantEntity.class, (int) grantId);
        if (grant == null) {
            throw new NotFoundException();
        }
        ProjectRef project = permissions.projectById(grant.getProjectId()).orElseThrow(NotFoundException::new);
        administeredProject(caller, project.key());
        String who = grant.getUserKey() != null ? grant.getUserKey() : "organization " + grant.getOrganizationId();
        // the grant and its audit row go together, or neither does
        ao.executeInTransaction(() -> {
            ao.delete(grant);
            audit.record(caller, null, AuditSubject.CLIENT_GRANT, grantId, AuditAction.DELETED,
                    List.of(new FieldChange("grantee", who, null), new FieldChange("project", project.key(), null)));
            return null;
        });
    }

    /**
     * Makes a grant's grantee a Client Manager (who may sign off months) or not: the PMs of its project only (404 /
     * 403 as for the grants). One column, written by a conditional update, so it never touches the grant's other
     * fields; the change is audited with it, and setting what is already set changes (and audits) nothing.
     */
    public ClientGrant setClientManager(String caller, long grantId, boolean clientManager) {
        ClientGrantEntity grant = grantId <= 0 || grantId > Integer.MAX_VALUE ? null : ao.get(ClientGrantEntity.class, (int) grantId);
        if (grant == null) {
            throw new NotFoundException();
        }
        ProjectRef project = permissions.projectById(grant.getProjectId()).orElseThrow(NotFoundException::new);
        administeredProject(caller, project.key());
        String who = grant.getUserKey() != null ? grant.getUserKey() : "organization " + grant.getOrganizationId();
        return ao.executeInTransaction(() -> {
            io.github.clientbudgets.common.AoSql q = io.github.clientbudgets.common.AoSql.of(grant);
            int changed = q.update("UPDATE " + q.table(ClientGrantEntity.class) + " SET " + q.col(ClientGrantEntity.CLIENT_MANAGER)
                    + " = ? WHERE " + q.col("ID") + " = ? AND (" + q.col(ClientGrantEntity.CLIENT_MANAGER) + " IS NULL OR "
                    + q.col(ClientGrantEntity.CLIENT_MANAGER) + " <> ?)", List.of(clientManager, grant.getID(), clientManager));
            if (changed > 0) {
                audit.record(caller, null, AuditSubject.CLIENT_GRANT, grantId, AuditAction.UPDATED,
                        List.of(new FieldChange("clientManager", String.valueOf(!clientManager), String.valueOf(clientManager)),
                                new FieldChange("grantee", who, who), new FieldChange("project", project.key(), project.key())));
            }
            // read afresh (a found row carries the values just written, the cached one does not)
            ClientGrantEntity[] now = ao.find(ClientGrantEntity.class, Query.select().where("ID = ?", grant.getID()));
            if (now.length == 0) {
                throw new NotFoundException(); // revoked meanwhile
            }
            return toGrant(now[0]);
        });
    }

    private ProjectRef administeredProject(String caller, String projectKey) {
        return administeredProject(permissions, caller, projectKey);
    }

    /** The project whose grants the caller manages: 404 if he can't browse it (or it is none), 403 if no PM of it. */
    static ProjectRef administeredProject(Permissions permissions, String caller, String projectKey) {
        // a key no project can have (NUL, controls, too long) names nothing: never handed to Jira or SQL
        if (!InputPolicy.isKey(projectKey)) {
            throw new NotFoundException();
        }
        ProjectRef project = permissions.projectByKey(projectKey).orElseThrow(NotFoundException::new);
        if (!permissions.canBrowse(caller, project.id())) {
            throw new NotFoundException();
        }
        if (!permissions.canAdminister(caller, project.id())) {
            throw new ForbiddenException("client-budgets.error.forbidden.grants");
        }
        return project;
    }

    private static ClientGrant toGrant(ClientGrantEntity e) {
        return new ClientGrant(e.getID(), e.getProjectId(), e.getUserKey(), e.getOrganizationId(), e.getCreatedBy(),
                Boolean.TRUE.equals(e.getClientManager()));
    }
}
