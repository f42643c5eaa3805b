package io.github.clientbudgets.audit;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditEvent;
import io.github.clientbudgets.devhost.platform.HostAuditService;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;

class JiraAuditTrailTest {
    private final AuditTrail stored = Mockito.mock(AuditTrail.class);

    @Test
    void everyChangeGoesToOurTableAndToJirasAuditLog() {
        HostAuditService jira = new HostAuditService();
        JiraAuditTrail trail = new JiraAuditTrail(stored, jira);

        trail.record("pm", 7L, AuditSubject.SERVICE, 12, AuditAction.UPDATED, List.of(new FieldChange("rate", "95.00", "105.00")));

        verify(stored).record("pm", 7L, AuditSubject.SERVICE, 12, AuditAction.UPDATED, List.of(new FieldChange("rate", "95.00", "105.00")));
        HostAuditService.Recorded event = jira.events().get(0);
        assertEquals("SERVICE updated", event.action());
        assertEquals("Client Budgets", event.category());
        assertEquals(List.of(new HostAuditService.Change("rate", "95.00", "105.00")), event.changedValues());
        assertEquals(List.of("SERVICE", "budget"), event.affectedObjects().stream().map(HostAuditService.Resource::type).toList());
    }

    @Test
    void jirasAuditLogFailingKeepsOurRecordAndDoesNotFailTheChange() {
        AuditService broken = Mockito.mock(AuditService.class);
        doThrow(new IllegalStateException("audit store down")).when(broken).audit(any(AuditEvent.class));
        JiraAuditTrail trail = new JiraAuditTrail(stored, broken);

        trail.record("pm", 7L, AuditSubject.BUDGET, 7, AuditAction.DELETED, List.of());

        verify(stored).record("pm", 7L, AuditSubject.BUDGET, 7, AuditAction.DELETED, List.of());
    }
}
