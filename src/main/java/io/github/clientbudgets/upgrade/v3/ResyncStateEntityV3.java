package io.github.clientbudgets.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * {@code ResyncStateEntity} as it was at model version 3, frozen: upgrade tasks migrate with this copy, never with the
 * live entity, so a later change of the live one cannot change what this version's task does. Never edit.
 */
@Preload
@Table("RESYNC_STATE")
public interface ResyncStateEntityV3 extends Entity {
    String STATUS = "STATUS";

    @NotNull
    @StringLength(16)
    String getStatus();

    void setStatus(String status);

    long getLastProjectId();

    void setLastProjectId(long projectId);

    long getLastIssueId();

    void setLastIssueId(long issueId);

    long getIssuesDone();

    void setIssuesDone(long issuesDone);

    long getStartedAt();

    void setStartedAt(long startedAt);

    long getFinishedAt();

    void setFinishedAt(long finishedAt);
}
