package io.github.clientbudgets.upgrade.v2;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The client grants' table halfway to model version 2: {@link ClientGrantEntityV2} with its grant key still
 * nullable and not unique. AO adds a unique column as {@code NOT NULL} without a default, which a table with rows
 * refuses; {@link Upgrade002ClientGrantKeys} adds the column in this shape, fills it, and only then migrates to the
 * unique one. Never edit.
 */
@Preload
@Table("CLIENT_GRANT")
public interface ClientGrantNullableKeyV2 extends Entity {
    String GRANT_KEY = "GRANT_KEY";

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

    @StringLength(320)
    String getGrantKey();

    void setGrantKey(String grantKey);
}
