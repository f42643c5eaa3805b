package io.github.clientbudgets.access;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A client grant ("Client Manager") on a project: a user, or a JSM customer organization, may see the project's
 * budgets whose Client Access is on. Exactly one of user key and organization id is set. A grant flagged
 * {@code CLIENT_MANAGER} also lets its grantee (every member, for an organization) sign off the budgets' months.
 */
@Preload
@Table("CLIENT_GRANT")
public interface ClientGrantEntity extends Entity {
    String PROJECT_ID = "PROJECT_ID";
    String USER_KEY = "USER_KEY";
    String ORGANIZATION_ID = "ORGANIZATION_ID";
    String GRANT_KEY = "GRANT_KEY";
    String CLIENT_MANAGER = "CLIENT_MANAGER";

    @NotNull
    @Indexed
    long getProjectId();

    void setProjectId(long projectId);

    @Indexed
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    Integer getOrganizationId();

    void setOrganizationId(Integer organizationId);

    @StringLength(255)
    String getCreatedBy();

    void setCreatedBy(String createdBy);

    long getCreatedAt();

    void setCreatedAt(long createdAt);

    /**
     * "projectId:u:userKey" or "projectId:o:organizationId", unique: two PMs granting the same grantee at once end
     * with one row, whatever the interleaving. AO makes a unique column NOT NULL: every insert sets it.
     */
    @Unique
    @StringLength(320)
    String getGrantKey();

    void setGrantKey(String grantKey);

    /**
     * Whether the grantee may sign off months (a "Client Manager"): nullable, so the column arrives on a table with
     * grants as it is; null (grants made before the flag existed) means no.
     */
    Boolean getClientManager();

    void setClientManager(Boolean clientManager);
}
