package io.github.clientbudgets.upgrade.v2;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.github.clientbudgets.audit.AuditAction;
import io.github.clientbudgets.audit.AuditSubject;
import io.github.clientbudgets.upgrade.v1.ClientGrantEntityV1;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * Model version 2: services, expenses and budgets count their versions, expenses know their author and rejection
 * reason (nullable columns, added as they are), and every client grant carries its unique grant key.
 * <p>
 * AO adds a unique column as {@code NOT NULL} without a default, which fails on a table with grants. So the grant
 * key arrives in three steps: the column comes nullable ({@link ClientGrantNullableKeyV2}), every grant gets its
 * key, then the column becomes unique and {@code NOT NULL} ({@link ClientGrantEntityV2}). Two grants of one grantee
 * on one project (two PMs granting at once before the key existed) give the same key: they grant the same thing, so
 * the first one (lowest id) stays and the others are deleted, each with an audit row as a revocation would write.
 * Grants of different grantees or projects all stay. An empty table, or a key column that is NOT NULL already,
 * takes the unique column in one step. Runs again harmlessly on its own result.
 */
public class Upgrade002ClientGrantKeys implements ActiveObjectsUpgradeTask {
    private static final Logger LOG = LoggerFactory.getLogger(Upgrade002ClientGrantKeys.class);

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ClientGrantEntityV1[] anyGrant = ao.find(ClientGrantEntityV1.class, Query.select().limit(1));
        // an empty table takes the unique column at once, and one whose column is NOT NULL already (made by a build
        // that had the key without this task) has every key: never loosen that column to tighten it again, since
        // PostgreSQL's driver keeps a column's old nullability per connection, and AO, reading it, would leave it
        // nullable
        if (anyGrant.length > 0 && !grantKeyIsRequired(anyGrant[0])) {
            ao.migrate(model(ClientGrantNullableKeyV2.class));
            int merged = fillGrantKeys(ao);
            if (merged > 0) {
                LOG.info("Client grants: {} duplicate grant(s) of a grantee already granted on the project removed",
                        merged);
            }
        }
        ao.migrate(model(ClientGrantEntityV2.class));
    }

    /** Whether the grants' table has the key column already, NOT NULL: asked of the database's catalog. */
    private static boolean grantKeyIsRequired(ClientGrantEntityV1 anyGrant) {
        EntityManager em = anyGrant.getEntityManager();
        String table = em.getNameConverters().getTableNameConverter().getName(ClientGrantEntityV1.class);
        try (Connection c = em.getProvider().getConnection();
             ResultSet column = c.getMetaData().getColumns(null, em.getProvider().getSchema(), table,
                     ClientGrantNullableKeyV2.GRANT_KEY)) {
            return column.next() && "NO".equals(column.getString("IS_NULLABLE"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the client grants' columns: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] model(Class<? extends RawEntity<?>> clientGrants) {
        return new Class[]{BudgetEntityV2.class, ServiceEntityV2.class, ExpenseEntityV2.class, IssueServiceEntityV2.class,
                TimeEntryEntityV2.class, AuditEntityV2.class, ResyncStateEntityV2.class, clientGrants,
                PeriodLockEntityV2.class};
    }

    /** Gives every grant its key, oldest first; returns how many duplicates it removed. */
    private static int fillGrantKeys(ActiveObjects ao) {
        Map<String, Integer> kept = new HashMap<>();
        int merged = 0;
        for (ClientGrantNullableKeyV2 grant : ao.find(ClientGrantNullableKeyV2.class, Query.select().order("ID"))) {
            String key = grantKey(grant.getProjectId(), grant.getUserKey(), grant.getOrganizationId(), grant.getID());
            Integer first = kept.putIfAbsent(key, grant.getID());
            if (first != null) {
                auditRemoval(ao, grant, first);
                ao.delete(grant);
                merged++;
            } else if (!key.equals(grant.getGrantKey())) {
                grant.setGrantKey(key);
                grant.save();
            }
        }
        return merged;
    }

    /**
     * The key of a grant at model version 2: "projectId:u:userKey" for a user, "projectId:o:organizationId" for a JSM
     * organization (a user key wins where a row has both, as granting does). A row that grants nobody (the app never
     * writes one) keeps its place under a key no grant can have.
     */
    static String grantKey(long projectId, String userKey, Integer organizationId, int id) {
        if (userKey != null && !userKey.isBlank()) {
            return projectId + ":u:" + userKey;
        }
        if (organizationId != null) {
            return projectId + ":o:" + organizationId;
        }
        return projectId + ":id:" + id;
    }

    /** The audit row of a revocation, in the stored values of the audit enums (which never change). */
    private static void auditRemoval(ActiveObjects ao, ClientGrantNullableKeyV2 duplicate, int keptId) {
        String grantee = duplicate.getUserKey() != null && !duplicate.getUserKey().isBlank() ? duplicate.getUserKey()
                : "organization " + duplicate.getOrganizationId();
        ao.create(AuditEntityV2.class,
                new DBParam(AuditEntityV2.CREATED, new Date()),
                new DBParam(AuditEntityV2.OBJECT_TYPE, AuditSubject.CLIENT_GRANT.stored()),
                new DBParam(AuditEntityV2.OBJECT_ID, (long) duplicate.getID()),
                new DBParam(AuditEntityV2.ACTION, AuditAction.DELETED.stored()),
                new DBParam(AuditEntityV2.FIELD, "grantee"),
                new DBParam(AuditEntityV2.OLD_VALUE, grantee),
                new DBParam(AuditEntityV2.REASON, "upgrade to model version 2: the same grant as client grant " + keptId));
    }
}
