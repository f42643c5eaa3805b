package io.github.clientbudgets.audit;

import java.util.List;

/**
 * Where every change is recorded: who, when, what changed. Ours, so that the domain does not depend on Jira's audit
 * service; an adapter to Jira's AuditService (Jira 8.8+) can be added beside {@link AoAuditTrail} later.
 */
public interface AuditTrail {
    /** Records the changes of one action; an action without field changes (e.g. DELETED) is recorded once. */
    void record(String authorKey, Long budgetId, String objectType, long objectId, String action, List<Change> changes);

    /** Newest first. */
    List<AuditRecord> forBudget(long budgetId, int limit);
}
