package io.github.clientbudgets.web.team;

import io.github.clientbudgets.audit.AuditAction;
import io.github.clientbudgets.audit.AuditEvent;
import io.github.clientbudgets.audit.AuditRecord;
import io.github.clientbudgets.audit.AuditSubject;
import io.github.clientbudgets.review.ApprovalAction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.github.clientbudgets.web.team.HistoryValues.PREFIX;
import static io.github.clientbudgets.web.team.HistoryValues.label;
import static io.github.clientbudgets.web.team.HistoryValues.quoted;
import static io.github.clientbudgets.web.team.HistoryValues.value;

/**
 * The history's sentences: one audit event (one change, its field rows folded in) as one sentence that says who did
 * what, with the values that matter before and after ({@code client-budgets.history.event.SUBJECT.ACTION[.variant]}).
 * An event no rule knows (a subject or action of a later version) still reads: who, what, the field changes.
 */
final class HistorySentences {
    private static final String EVENT = PREFIX + "event.";

    private HistorySentences() {
    }

    static Phrase sentence(AuditEvent e, HistoryNames names) {
        Object who = e.authorKey() == null ? Phrase.of(PREFIX + "someone") : names.person(e.authorKey());
        Optional<AuditSubject> subject = e.subject();
        Phrase known = subject.isEmpty() ? null : switch (subject.get()) {
            case BUDGET -> budget(e, who, names);
            case SERVICE -> lineItem(e, who, names);
            case EXPENSE -> expense(e, who, names);
            case ISSUE -> issue(e, who, names);
            case TIME_ENTRY -> timeEntry(e, who, names);
            case PERIOD -> period(e, who, names);
            case CLIENT_GRANT -> grant(e, who, names);
            case SIGN_OFF -> signOff(e, who, names);
            case QUESTION -> question(e, who, names);
        };
        return known != null ? known : other(e, who, names);
    }

    // ----- one rule family per subject; null where the action is not one the family knows

    private static Phrase budget(AuditEvent e, Object who, HistoryNames names) {
        return switch (action(e)) {
            case "CREATED" -> {
                List<Object> details = new ArrayList<>();
                add(details, value(AuditSubject.BUDGET, "totalAmount", e.to("totalAmount"), names));
                Object hours = value(AuditSubject.BUDGET, "totalSeconds", e.to("totalSeconds"), names);
                add(details, hours);
                if (e.to("startDate") != null && e.to("endDate") != null) {
                    details.add(Phrase.of(PREFIX + "period", HistoryValues.day(e.to("startDate"), names),
                            HistoryValues.day(e.to("endDate"), names)));
                }
                add(details, value(AuditSubject.BUDGET, "type", e.to("type"), names));
                yield Phrase.of(EVENT + "BUDGET.CREATED", who, quoted(String.valueOf(e.to("name"))), details);
            }
            case "UPDATED" -> Phrase.of(EVENT + "BUDGET.UPDATED", who, changes(e, names, Set.of()));
            case "DELETED" -> Phrase.of(EVENT + "BUDGET.DELETED", who);
            default -> null;
        };
    }

    private static Phrase lineItem(AuditEvent e, Object who, HistoryNames names) {
        Object name = names.service(e.objectId()).<Object>map(HistoryValues::quoted)
                .orElseGet(() -> e.to("name") != null ? quoted(e.to("name")) : e.from("name") != null
                        ? quoted(e.from("name")) : Phrase.of(PREFIX + "service.unknown", String.valueOf(e.objectId())));
        return switch (action(e)) {
            case "CREATED" -> {
                List<Object> details = new ArrayList<>();
                add(details, value(AuditSubject.SERVICE, "billing", e.to("billing"), names));
                Object rate = value(AuditSubject.SERVICE, "rate", e.to("rate"), names);
                if (rate != null) {
                    details.add(Phrase.of(PREFIX + "perHour", rate));
                }
                Object hours = value(AuditSubject.SERVICE, "budgetedSeconds", e.to("budgetedSeconds"), names);
                if (hours != null) {
                    details.add(Phrase.of(PREFIX + "budgeted", hours));
                }
                if ("true".equals(e.to("isDefault"))) {
                    details.add(Phrase.of(PREFIX + "default"));
                }
                yield Phrase.of(EVENT + "SERVICE.CREATED", who, name, details);
            }
            case "UPDATED" -> Phrase.of(EVENT + "SERVICE.UPDATED", who, name, changes(e, names, Set.of()));
            case "DELETED" -> Phrase.of(EVENT + "SERVICE.DELETED", who, name);
            default -> null;
        };
    }

    private static Phrase expense(AuditEvent e, Object who, HistoryNames names) {
        Object name = names.expense(e.objectId()).<Object>map(HistoryValues::quoted)
                .orElseGet(() -> e.to("description") != null ? quoted(e.to("description"))
                        : e.from("description") != null ? quoted(e.from("description"))
                        : Phrase.of(PREFIX + "expense.unknown", String.valueOf(e.objectId())));
        return switch (action(e)) {
            case "CREATED" -> {
                List<Object> details = new ArrayList<>();
                add(details, value(AuditSubject.EXPENSE, "amount", e.to("amount"), names));
                String markup = e.to("markupPercent");
                if (markup != null && !HistoryValues.percent(markup).equals("0")) {
                    details.add(Phrase.of(PREFIX + "markup", HistoryValues.percentNumber(markup, names)));
                }
                if ("false".equals(e.to("billable"))) {
                    details.add(Phrase.of(PREFIX + "notBillable"));
                }
                Object service = value(AuditSubject.EXPENSE, "serviceId", e.to("serviceId"), names);
                if (service != null) {
                    details.add(Phrase.of(PREFIX + "onService", service));
                }
                yield Phrase.of(EVENT + "EXPENSE.CREATED", who, name, String.valueOf(HistoryValues.day(e.to("date"), names)), details);
            }
            case "UPDATED" -> Phrase.of(EVENT + "EXPENSE.UPDATED", who, name, changes(e, names, Set.of()));
            case "DELETED" -> {
                Object amount = value(AuditSubject.EXPENSE, "amount", e.from("amount"), names);
                yield amount == null ? Phrase.of(EVENT + "EXPENSE.DELETED", who, name)
                        : Phrase.of(EVENT + "EXPENSE.DELETED.amount", who, name, amount);
            }
            case "APPROVED" -> Phrase.of(EVENT + "EXPENSE.APPROVED", who, name);
            case "REJECTED" -> reason(e) == null ? Phrase.of(EVENT + "EXPENSE.REJECTED", who, name)
                    : Phrase.of(EVENT + "EXPENSE.REJECTED.reason", who, name, quoted(reason(e)));
            case "UNAPPROVED" -> Phrase.of(EVENT + "EXPENSE.UNAPPROVED", who, name,
                    status(AuditSubject.EXPENSE, e.from("status")), status(AuditSubject.EXPENSE, e.to("status")));
            default -> null;
        };
    }

    private static Phrase issue(AuditEvent e, Object who, HistoryNames names) {
        if (!action(e).equals(AuditAction.ASSIGNED.stored())) {
            return null;
        }
        Object issue = names.issueKey(e.objectId()).<Object>map(k -> k)
                .orElse(Phrase.of(PREFIX + "issue.unknown", String.valueOf(e.objectId())));
        Object from = value(AuditSubject.ISSUE, "service", e.from("service"), names);
        Object to = value(AuditSubject.ISSUE, "service", e.to("service"), names);
        if (from != null && to != null) {
            return Phrase.of(EVENT + "ISSUE.ASSIGNED.moved", who, issue, from, to);
        }
        return to != null ? Phrase.of(EVENT + "ISSUE.ASSIGNED", who, issue, to)
                : Phrase.of(EVENT + "ISSUE.ASSIGNED.removed", who, issue, from == null ? "" : from);
    }

    private static Phrase timeEntry(AuditEvent e, Object who, HistoryNames names) {
        Phrase entry = entry(e.objectId(), names);
        String action = action(e);
        if (action.equals(AuditAction.UPDATED.stored())) {
            return Phrase.of(EVENT + "TIME_ENTRY.UPDATED", who, entry, changes(e, names, Set.of()));
        }
        ApprovalAction transition = approvalAction(action);
        if (transition == null) {
            return null;
        }
        return switch (transition) {
            case APPROVE -> Phrase.of(EVENT + "TIME_ENTRY.APPROVE", who, entry);
            case REJECT -> reason(e) == null ? Phrase.of(EVENT + "TIME_ENTRY.REJECT", who, entry)
                    : Phrase.of(EVENT + "TIME_ENTRY.REJECT.reason", who, entry, quoted(reason(e)));
            case UNAPPROVE -> Phrase.of(EVENT + "TIME_ENTRY.UNAPPROVE", who, entry);
            case APPROVE_REVISION -> "REMOVED".equals(e.to("status"))
                    ? Phrase.of(EVENT + "TIME_ENTRY.APPROVE_REVISION.removed", who, entry)
                    : Phrase.of(EVENT + "TIME_ENTRY.APPROVE_REVISION", who, entry);
            case DISCARD_REVISION -> Phrase.of(EVENT + "TIME_ENTRY.DISCARD_REVISION", who, entry);
            // a worklog's own change is not audited as a transition; should one appear, it reads generically
            case WORKLOG_EDITED, WORKLOG_DELETED -> null;
        };
    }

    private static Phrase period(AuditEvent e, Object who, HistoryNames names) {
        return switch (action(e)) {
            case "LOCKED" -> Phrase.of(EVENT + "PERIOD.LOCKED", who,
                    String.valueOf(HistoryValues.month(e.to("month"), names)));
            case "UNLOCKED" -> Phrase.of(EVENT + "PERIOD.UNLOCKED", who,
                    String.valueOf(HistoryValues.month(e.from("month"), names)));
            default -> null;
        };
    }

    private static Phrase signOff(AuditEvent e, Object who, HistoryNames names) {
        return switch (action(e)) {
            case "SIGNED" -> Phrase.of(EVENT + "SIGN_OFF.SIGNED", who,
                    String.valueOf(HistoryValues.month(e.to("period"), names)));
            case "SUPERSEDED" -> Phrase.of(EVENT + "SIGN_OFF.SUPERSEDED", who);
            default -> null;
        };
    }

    /**
     * A client's question on a time entry: asked (about which entry, in his words), raised as a service desk request
     * or mailed to the budget's owner, answered by confirming or correcting the entry. The question goes by its number.
     */
    private static Phrase question(AuditEvent e, Object who, HistoryNames names) {
        String number = String.valueOf(e.objectId());
        return switch (action(e)) {
            case "CREATED" -> {
                Long entryId = HistoryValues.parseLong(e.to("entryId"));
                if (entryId == null) {
                    yield null;
                }
                Phrase entry = entry(entryId, names);
                yield e.to("message") == null ? Phrase.of(EVENT + "QUESTION.CREATED", who, number, entry)
                        : Phrase.of(EVENT + "QUESTION.CREATED.message", who, number, entry, quoted(e.to("message")));
            }
            case "UPDATED" -> e.to("requestKey") != null
                    ? Phrase.of(EVENT + "QUESTION.UPDATED.request", who, number, e.to("requestKey"))
                    : e.to("notified") != null
                    ? Phrase.of(EVENT + "QUESTION.UPDATED.notified", who, number, names.person(e.to("notified")))
                    : null;
            case "CONFIRM" -> answered(e, "QUESTION.CONFIRM", who, number);
            case "CORRECT" -> answered(e, "QUESTION.CORRECT", who, number);
            default -> null;
        };
    }

    private static Phrase answered(AuditEvent e, String key, Object who, String number) {
        String answer = reason(e);
        return answer == null ? Phrase.of(EVENT + key, who, number)
                : Phrase.of(EVENT + key + ".answer", who, number, quoted(answer));
    }

    private static Phrase grant(AuditEvent e, Object who, HistoryNames names) {
        return switch (action(e)) {
            case "CREATED" -> {
                Object grantee = e.to("userKey") != null ? names.person(e.to("userKey"))
                        : Phrase.of(PREFIX + "organization", String.valueOf(e.to("organizationId")));
                yield Phrase.of(EVENT + "CLIENT_GRANT.CREATED", who, grantee, String.valueOf(e.to("project")));
            }
            case "UPDATED" -> {
                String raw = String.valueOf(e.to("grantee"));
                Object grantee = raw.startsWith("organization ")
                        ? Phrase.of(PREFIX + "organization", raw.substring("organization ".length()))
                        : names.person(raw);
                yield Phrase.of(EVENT + ("true".equals(String.valueOf(e.to("clientManager")))
                        ? "CLIENT_GRANT.MANAGER_ON" : "CLIENT_GRANT.MANAGER_OFF"), who, grantee, String.valueOf(e.to("project")));
            }
            case "DELETED" -> {
                String raw = String.valueOf(e.from("grantee"));
                Object grantee = raw.startsWith("organization ")
                        ? Phrase.of(PREFIX + "organization", raw.substring("organization ".length()))
                        : names.person(raw);
                yield Phrase.of(EVENT + "CLIENT_GRANT.DELETED", who, grantee, String.valueOf(e.from("project")));
            }
            default -> null;
        };
    }

    /** Who, the stored action and subject as they are, and whatever fields changed. */
    private static Phrase other(AuditEvent e, Object who, HistoryNames names) {
        List<Phrase> changes = changes(e, names, Set.of());
        String what = e.objectType() + " #" + e.objectId();
        return changes.isEmpty() ? Phrase.of(EVENT + "other", who, e.action(), what)
                : Phrase.of(EVENT + "other.changes", who, e.action(), what, changes);
    }

    // ----- the parts

    /** A time entry by whose, which day and which issue; by its number when the page knows it no more. */
    private static Phrase entry(long entryId, HistoryNames names) {
        return names.entry(entryId)
                .map(f -> Phrase.of(PREFIX + "entry", f.person(), f.day(), f.issueKey() == null ? "" : f.issueKey()))
                .orElse(Phrase.of(PREFIX + "entry.unknown", String.valueOf(entryId)));
    }

    /** Each changed field as "label from → to" (or "label on", "label set to x", "label x removed"). */
    static List<Phrase> changes(AuditEvent e, HistoryNames names, Set<String> leaveOut) {
        AuditSubject subject = e.subject().orElse(null);
        List<Phrase> phrases = new ArrayList<>();
        for (AuditRecord row : e.rows()) {
            if (row.field() == null || leaveOut.contains(row.field())) {
                continue;
            }
            phrases.add(change(subject, row, names));
        }
        return phrases;
    }

    static Phrase change(AuditSubject subject, AuditRecord row, HistoryNames names) {
        String field = row.field();
        if (field.equals("publishedEntries")) {
            return Phrase.of(PREFIX + "change.published", String.valueOf(row.to()));
        }
        Object label = label(field);
        if (HistoryValues.SWITCHES.contains(field) && ("true".equals(row.to()) || "false".equals(row.to()))) {
            return Phrase.of(PREFIX + ("true".equals(row.to()) ? "change.on" : "change.off"), label);
        }
        Object from = value(subject, field, row.from(), names);
        Object to = value(subject, field, row.to(), names);
        if (from == null && to == null) {
            return Phrase.of(PREFIX + "change.touched", label);
        }
        if (from == null) {
            return Phrase.of(PREFIX + "change.set", label, to);
        }
        return to == null ? Phrase.of(PREFIX + "change.cleared", label, from)
                : Phrase.of(PREFIX + "change", label, from, to);
    }

    private static Object status(AuditSubject subject, String raw) {
        return raw == null ? "" : HistoryValues.status(subject, raw);
    }

    private static String reason(AuditEvent e) {
        String reason = e.reason();
        return reason != null ? reason : e.to("reason");
    }

    private static String action(AuditEvent e) {
        return e.action() == null ? "" : e.action();
    }

    private static ApprovalAction approvalAction(String action) {
        for (ApprovalAction a : ApprovalAction.values()) {
            if (a.name().equals(action)) {
                return a;
            }
        }
        return null;
    }

    private static void add(List<Object> details, Object part) {
        if (part != null) {
            details.add(part);
        }
    }
}
