package io.github.clientbudgets.attribution;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The service a Jira issue is assigned to (table AO_xxxxxx_ISSUE_SERVICE): at most one row per issue. */
@Preload
@Table("ISSUE_SERVICE")
public interface IssueServiceEntity extends Entity {
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
