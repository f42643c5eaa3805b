package io.github.clientbudgets.approval;

/**
 * A PM's changes of one entry (any subset): move it to another service of the same budget, mark it (non-)billable,
 * write the client note. A field left null is left as it is; {@code clearService} goes back to automatic attribution.
 */
public record EntryChanges(Long serviceId, boolean clearService, Boolean billable, String clientNote,
                           boolean clearClientNote) {
}
