package io.github.clientbudgets.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditEventTest {
    private static final Instant T1 = Instant.parse("2026-10-05T09:30:00Z");
    private static final Instant T2 = Instant.parse("2026-10-05T09:31:00Z");

    private static AuditRecord row(Instant when, String who, String type, long id, String action, String field) {
        return new AuditRecord(when, who, 7L, type, id, action, field, null, field + "-value", null);
    }

    @Test
    void theRowsOfOneChangeFoldIntoOneEventInTheOrderTheyWereWritten() {
        // newest first, as the budget's history reads them: the second change's rows, then the first's
        List<AuditEvent> events = AuditEvent.fold(List.of(
                row(T2, "pm", "EXPENSE", 5, "UPDATED", "markupPercent"),
                row(T2, "pm", "EXPENSE", 5, "UPDATED", "amount"),
                row(T1, "pm", "EXPENSE", 5, "CREATED", "amount"),
                row(T1, "pm", "EXPENSE", 5, "CREATED", "description")));
        assertEquals(2, events.size());
        assertEquals("UPDATED", events.get(0).action());
        assertEquals(List.of("amount", "markupPercent"), events.get(0).rows().stream().map(AuditRecord::field).toList());
        assertEquals(List.of("description", "amount"), events.get(1).rows().stream().map(AuditRecord::field).toList());
        assertEquals(Optional.of(AuditSubject.EXPENSE), events.get(0).subject());
        assertEquals("amount-value", events.get(0).to("amount"));
    }

    @Test
    void anotherObjectAuthorActionOrMomentStartsAnotherEvent() {
        assertEquals(4, AuditEvent.fold(List.of(
                row(T1, "pm", "TIME_ENTRY", 1, "APPROVE", "status"),
                row(T1, "pm", "TIME_ENTRY", 2, "APPROVE", "status"),
                row(T1, "dev", "TIME_ENTRY", 2, "APPROVE", "status"),
                row(T2, "dev", "TIME_ENTRY", 2, "APPROVE", "status"))).size());
        assertEquals(2, AuditEvent.fold(List.of(
                row(T1, "pm", "BUDGET", 7, "UPDATED", "clientAccess"),
                row(T1, "pm", "BUDGET", 7, "UPDATED", "clientAccess"))).size(),
                "the same field twice at the same moment is two changes");
        assertEquals(Optional.empty(), AuditEvent.fold(List.of(row(T1, "pm", "WIDGET", 1, "X", null))).get(0).subject());
    }
}
