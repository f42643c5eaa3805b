package io.github.clientbudgets.audit;

import java.time.Instant;

/** One audited field change, as read back. */
public record AuditRecord(Instant when, String authorKey, Long budgetId, String objectType, long objectId,
                          String action, String field, String from, String to, String reason) {
}
