package io.github.clientbudgets.audit;

import java.util.List;

/**
 * Where every change is recorded: who, when, what changed. Ours, so that the domain does not depend on Jira's audit
 * service; an adapter to Jira's AuditService (Jira 8.8+) can be added beside {@link AoAuditTrail} later.
 */
public interface AuditTrail {
    /** Records the changes of one action; an action without field changes (e.g. DELETED) is recorded once. */
    void record(String authorKey, Long budgetId, AuditSubject subject, long objectId, AuditAction action,
                List<FieldChange> changes);

    /**
     * Records one state transition as exactly one row (who, when, from, to, reason): the approval workflow's audit,
     * where a test or an auditor counts rows per transition.
     */
    void recordTransition(String authorKey, Long budgetId, AuditSubject subject, long objectId, String action,
                          String from, String to, String reason);

    /** The arguments of one {@link #recordTransition}; {@code action} is the name of the approval action. */
    record Transition(String authorKey, Long budgetId, AuditSubject subject, long objectId, String action, String from,
                      String to, String reason) {
    }

    /** {@link #recordTransition} for many transitions at once: one row each, in the order given. */
    default void recordTransitions(List<Transition> transitions) {
        for (Transition t : transitions) {
            recordTransition(t.authorKey(), t.budgetId(), t.subject(), t.objectId(), t.action(), t.from(), t.to(),
                    t.reason());
        }
    }

    /** Newest first. */
    List<AuditRecord> forBudget(long budgetId, int limit);

    /** The history of one object, oldest first. */
    List<AuditRecord> forObject(AuditSubject subject, long objectId);
}
