package io.github.clientbudgets.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * {@code IssueServiceEntity} as it was at model version 3, frozen: upgrade tasks migrate with this copy, never with the
 * live entity, so a later change of the live one cannot change what this version's task does. Never edit.
 */
@Preload
@Table("ISSUE_SERVICE")
public interface IssueServiceEntityV3 extends Entity {
    String ISSUE_ID = "ISSUE_ID";
    String PROJECT_ID = "PROJECT_ID";
    String SERVICE_ID = "SERVICE_ID";

    @NotNull
    @Unique
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    long getProjectId();

    void setProjectId(long projectId);

    @NotNull
    @Indexed
    long getServiceId();

    void setServiceId(long serviceId);
}
