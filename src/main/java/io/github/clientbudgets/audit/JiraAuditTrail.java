package io.github.clientbudgets.audit;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.audit.entity.AuditResource;
import com.atlassian.audit.entity.ChangedValue;
import com.atlassian.audit.entity.CoverageArea;
import com.atlassian.audit.entity.CoverageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The app's audit trail: every change goes into our own table (read back on the budget page, kept with the data)
 * and into Jira's audit log (Jira 8.8+), where admins look for everything. Jira's log failing must not undo the
 * change nor lose our own record, so it is written second and its errors are logged.
 */
public class JiraAuditTrail implements AuditTrail {
    static final String CATEGORY = "Client Budgets";
    private static final Logger LOG = LoggerFactory.getLogger(JiraAuditTrail.class);

    private final AuditTrail stored;
    private final AuditService jiraAudit;

    public JiraAuditTrail(ActiveObjects ao, AuditService jiraAudit) {
        this(new AoAuditTrail(ao), jiraAudit);
    }

    JiraAuditTrail(AuditTrail stored, AuditService jiraAudit) {
        this.stored = stored;
        this.jiraAudit = jiraAudit;
    }

    @Override
    public void record(String authorKey, Long budgetId, AuditSubject subject, long objectId, AuditAction action,
                       List<FieldChange> changes) {
        stored.record(authorKey, budgetId, subject, objectId, action, changes);
        toJira(budgetId, subject.stored(), objectId, action.stored(), changes);
    }

    @Override
    public void recordTransition(String authorKey, Long budgetId, AuditSubject subject, long objectId, String action,
                                 String from, String to, String reason) {
        stored.recordTransition(authorKey, budgetId, subject, objectId, action, from, to, reason);
        transitionToJira(new Transition(authorKey, budgetId, subject, objectId, action, from, to, reason));
    }

    /** Our rows in one call (one batch), then Jira's audit event for each transition, as one by one. */
    @Override
    public void recordTransitions(List<Transition> transitions) {
        stored.recordTransitions(transitions);
        transitions.forEach(this::transitionToJira);
    }

    private void transitionToJira(Transition t) {
        List<FieldChange> changes = new java.util.ArrayList<>(List.of(new FieldChange("status", t.from(), t.to())));
        if (t.reason() != null) {
            changes.add(new FieldChange("reason", null, t.reason()));
        }
        toJira(t.budgetId(), t.subject().stored(), t.objectId(), t.action(), changes);
    }

    private void toJira(Long budgetId, String objectType, long objectId, String action, List<FieldChange> changes) {
        try {
            AuditEvent.Builder event = AuditEvent.builder(objectType + " " + action.toLowerCase(java.util.Locale.ROOT),
                            CATEGORY, CoverageLevel.BASE)
                    .area(CoverageArea.LOCAL_CONFIG_AND_ADMINISTRATION)
                    .affectedObject(AuditResource.builder(objectType + " " + objectId, objectType)
                            .id(String.valueOf(objectId)).build());
            if (budgetId != null && budgetId != objectId) {
                event.affectedObject(AuditResource.builder("budget " + budgetId, "budget").id(String.valueOf(budgetId)).build());
            }
            for (FieldChange change : changes) {
                event.changedValue(new ChangedValue(change.field(), change.from(), change.to()));
            }
            jiraAudit.audit(event.build());
        } catch (RuntimeException e) {
            LOG.error("Jira's audit log refused a Client Budgets change ({} {} {}); it is in the app's own audit table",
                    objectType, objectId, action, e);
        }
    }

    @Override
    public List<AuditRecord> forBudget(long budgetId, int limit) {
        return stored.forBudget(budgetId, limit);
    }

    @Override
    public List<AuditRecord> forObject(AuditSubject subject, long objectId) {
        return stored.forObject(subject, objectId);
    }
}
