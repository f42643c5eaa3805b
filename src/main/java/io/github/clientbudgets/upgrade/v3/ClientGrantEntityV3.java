package io.github.clientbudgets.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * {@code ClientGrantEntity} as it was at model version 3, frozen: upgrade tasks migrate with this copy, never with the
 * live entity, so a later change of the live one cannot change what this version's task does. Never edit.
 */
@Preload
@Table("CLIENT_GRANT")
public interface ClientGrantEntityV3 extends Entity {
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

    @Unique
    @StringLength(320)
    String getGrantKey();

    void setGrantKey(String grantKey);

    Boolean getClientManager();

    void setClientManager(Boolean clientManager);
}
