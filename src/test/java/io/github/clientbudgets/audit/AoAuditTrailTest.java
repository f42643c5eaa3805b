package io.github.clientbudgets.audit;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.devhost.platform.HostAuditService;
import io.github.clientbudgets.testing.AoTest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The audit table on H2 and PostgreSQL: many transitions at once are the same rows as one by one. */
class AoAuditTrailTest {
    private static final String LONG = "x".repeat(600);

    /** The same transitions (of objects 1-3 plus {@code offset}): one with a reason, one without a budget, one too long. */
    private static List<AuditTrail.Transition> transitions(long offset) {
        return List.of(
                new AuditTrail.Transition("pm", 7L, AuditSubject.TIME_ENTRY, 1 + offset, "REJECT", "PENDING", "REJECTED", "Wrong issue"),
                new AuditTrail.Transition("pm", null, AuditSubject.TIME_ENTRY, 2 + offset, "APPROVE", "PENDING", "APPROVED", null),
                new AuditTrail.Transition("admin", 7L, AuditSubject.TIME_ENTRY, 3 + offset, "APPROVE_REVISION", LONG, "REMOVED", null));
    }

    @AoTest
    void recordTransitionsWritesOneRowPerTransitionWithTheValuesOfRecordTransition(ActiveObjects ao) {
        AoAuditTrail oneByOne = new AoAuditTrail(ao);
        for (AuditTrail.Transition t : transitions(0)) {
            oneByOne.recordTransition(t.authorKey(), t.budgetId(), t.subject(), t.objectId(), t.action(), t.from(),
                    t.to(), t.reason());
        }
        AoAuditTrail atOnce = new AoAuditTrail(ao); // learns its way in from the first row of the first call
        atOnce.recordTransitions(transitions(100));
        atOnce.recordTransitions(transitions(200)); // and batches all rows of the next

        for (long id = 1; id <= 3; id++) {
            List<AuditRecord> single = oneByOne.forObject(AuditSubject.TIME_ENTRY, id);
            assertEquals(1, single.size());
            for (long offset : new long[] {100, 200}) {
                List<AuditRecord> bulk = atOnce.forObject(AuditSubject.TIME_ENTRY, id + offset);
                assertEquals(1, bulk.size(), "one row for object " + (id + offset));
                assertEquals(withoutTimeAndObject(single.get(0)), withoutTimeAndObject(bulk.get(0)));
            }
        }
        assertEquals(450, oneByOne.forObject(AuditSubject.TIME_ENTRY, 3).get(0).from().length(), "cut as always");
        assertEquals(6, oneByOne.forBudget(7, 100).size(), "2 a call with a budget, 3 calls");
    }

    @AoTest
    void jirasAuditLogStillGetsOneEventPerTransition(ActiveObjects ao) {
        HostAuditService jira = new HostAuditService();
        AoAuditTrail stored = new AoAuditTrail(ao);
        JiraAuditTrail trail = new JiraAuditTrail(stored, jira);

        trail.recordTransitions(transitions(0));

        assertEquals(3, jira.events().size());
        assertEquals(List.of(new HostAuditService.Change("status", "PENDING", "REJECTED"),
                new HostAuditService.Change("reason", null, "Wrong issue")), jira.events().get(0).changedValues());
        assertEquals("TIME_ENTRY approve", jira.events().get(1).action());
        for (long id = 1; id <= 3; id++) {
            assertEquals(1, stored.forObject(AuditSubject.TIME_ENTRY, id).size());
        }
    }

    private static AuditRecord withoutTimeAndObject(AuditRecord r) {
        return new AuditRecord(null, r.authorKey(), r.budgetId(), r.objectType(), 0, r.action(), r.field(), r.from(),
                r.to(), r.reason());
    }
}
