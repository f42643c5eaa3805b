package io.github.clientbudgets.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One change as people speak of it: the audit rows one action wrote (one row per changed field) folded together.
 * Rows belong to one event when they share the moment, the author, the subject, the object and the action.
 *
 * @param subject the subject, empty for a type no version of the app writes
 * @param rows    the field rows in the order they were written
 */
public record AuditEvent(Instant when, String authorKey, Long budgetId, String objectType, Optional<AuditSubject> subject,
                         long objectId, String action, List<AuditRecord> rows) {

    public AuditEvent {
        rows = List.copyOf(rows);
    }

    /** The row of the field, if this event changed it. */
    public Optional<AuditRecord> field(String name) {
        return rows.stream().filter(r -> name.equals(r.field())).findFirst();
    }

    /** The field's value after the change (null when none or not changed). */
    public String to(String name) {
        return field(name).map(AuditRecord::to).orElse(null);
    }

    /** The field's value before the change (null when none or not changed). */
    public String from(String name) {
        return field(name).map(AuditRecord::from).orElse(null);
    }

    /** The reason given with the change, if any row has one. */
    public String reason() {
        return rows.stream().map(AuditRecord::reason).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The subject whose stored text is {@code objectType}. */
    public static Optional<AuditSubject> subjectOf(String objectType) {
        for (AuditSubject s : AuditSubject.values()) {
            if (s.stored().equals(objectType)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * Folds rows read newest first ({@link AuditTrail#forBudget}) into events, newest first; the rows of one event
     * are written together, so they are neighbours, and come back in the order they were written.
     */
    public static List<AuditEvent> fold(List<AuditRecord> newestFirst) {
        List<AuditEvent> events = new ArrayList<>();
        List<AuditRecord> current = new ArrayList<>();
        for (AuditRecord r : newestFirst) {
            if (!current.isEmpty() && !sameChange(current, r)) {
                events.add(event(current));
                current = new ArrayList<>();
            }
            current.add(r);
        }
        if (!current.isEmpty()) {
            events.add(event(current));
        }
        return events;
    }

    private static boolean sameChange(List<AuditRecord> current, AuditRecord b) {
        AuditRecord a = current.get(0);
        return Objects.equals(a.when(), b.when()) && Objects.equals(a.authorKey(), b.authorKey())
                && Objects.equals(a.budgetId(), b.budgetId()) && Objects.equals(a.objectType(), b.objectType())
                && a.objectId() == b.objectId() && Objects.equals(a.action(), b.action())
                // a row per field: a field seen again is the next change of the same object
                && current.stream().noneMatch(r -> Objects.equals(r.field(), b.field()));
    }

    private static AuditEvent event(List<AuditRecord> newestFirst) {
        List<AuditRecord> written = new ArrayList<>(newestFirst);
        Collections.reverse(written);
        AuditRecord first = written.get(0);
        return new AuditEvent(first.when(), first.authorKey(), first.budgetId(), first.objectType(),
                subjectOf(first.objectType()), first.objectId(), first.action(), written);
    }
}
