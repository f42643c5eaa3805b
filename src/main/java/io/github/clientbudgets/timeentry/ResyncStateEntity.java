package io.github.clientbudgets.timeentry;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Where the resync stands (one row): the last issue it finished, so that a resync stopped by a crash or a node
 * going down resumes there instead of starting over. Shared by all nodes.
 */
@Preload
@Table("RESYNC_STATE")
public interface ResyncStateEntity extends Entity {
    String STATUS = "STATUS";

    /** {@code RUNNING} (or interrupted: resume), {@code FINISHED}. */
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
