package io.github.clientbudgets.attribution;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.common.AoFind;
import net.java.ao.Query;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link AssignmentStore} on Active Objects: the only class that writes the issue-service table (not cached). */
public class AoAssignmentStore implements AssignmentStore {
    private final ActiveObjects ao;

    public AoAssignmentStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<Long> assignedLineItem(long issueId) {
        IssueServiceEntity[] rows = ao.find(IssueServiceEntity.class, Query.select()
                .where(IssueServiceEntity.ISSUE_ID + " = ?", issueId));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0].getServiceId());
    }

    @Override
    public Map<Long, Long> assignedLineItems(Collection<Long> issueIds) {
        Map<Long, Long> result = new HashMap<>();
        for (IssueServiceEntity row : AoFind.whereIn(ao, IssueServiceEntity.class, IssueServiceEntity.ISSUE_ID, issueIds)) {
            result.put(row.getIssueId(), row.getServiceId());
        }
        return result;
    }

    @Override
    public void assignIssue(long issueId, long projectId, Long lineItemId) {
        IssueServiceEntity[] rows = ao.find(IssueServiceEntity.class, Query.select()
                .where(IssueServiceEntity.ISSUE_ID + " = ?", issueId));
        if (lineItemId == null) {
            ao.delete(rows);
        } else if (rows.length > 0) {
            rows[0].setServiceId(lineItemId);
            rows[0].setProjectId(projectId);
            rows[0].save();
        } else {
            Map<String, Object> v = new HashMap<>();
            v.put(IssueServiceEntity.ISSUE_ID, issueId);
            v.put(IssueServiceEntity.PROJECT_ID, projectId);
            v.put(IssueServiceEntity.SERVICE_ID, lineItemId);
            ao.create(IssueServiceEntity.class, v);
        }
    }

    @Override
    public void removeAssignmentsOf(long lineItemId) {
        ao.deleteWithSQL(IssueServiceEntity.class, IssueServiceEntity.SERVICE_ID + " = ?", lineItemId);
    }
}
