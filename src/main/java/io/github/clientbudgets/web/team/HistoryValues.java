package io.github.clientbudgets.web.team;

import io.github.clientbudgets.audit.AuditSubject;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.budget.BudgetStatus;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.common.Hours;
import io.github.clientbudgets.review.ApprovalStatus;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;

/**
 * How an audited field and its values read in a history sentence: its label, amounts with the budget's currency,
 * seconds as hours, switches as on/off, states and kinds in words, ids as names. Figures keep their plain form here
 * (60000.00 EUR, 12.50 h); user text is quoted, never interpreted.
 */
final class HistoryValues {
    static final String PREFIX = "client-budgets.history.";
    /** Every field an audit row names, with a label in the bundle ({@code client-budgets.history.field.*}). */
    static final Set<String> FIELDS = Set.of("name", "type", "currency", "startDate", "endDate", "totalAmount",
            "totalSeconds", "ownerKey", "status", "approvalRequired", "clientAccess", "showPersonNames",
            "showComments", "alertWarnPercent", "alertCriticalPercent", "deleted", "billing", "budgetedSeconds", "rate",
            "costRate", "isDefault", "serviceId", "service", "date", "description", "amount", "billable",
            "markupPercent", "reason", "clientNote", "month", "userKey", "organizationId", "project", "grantee");
    private static final Set<String> MONEY = Set.of("totalAmount", "rate", "costRate", "amount");
    private static final Set<String> SECONDS = Set.of("totalSeconds", "budgetedSeconds");
    private static final Set<String> PERCENT = Set.of("markupPercent", "alertWarnPercent", "alertCriticalPercent");
    /** Switches: a change reads "client access on", not "client access false → true". */
    static final Set<String> SWITCHES = Set.of("approvalRequired", "clientAccess", "showPersonNames", "showComments",
            "isDefault", "billable", "deleted");
    private static final Set<String> QUOTED = Set.of("name", "description", "clientNote", "reason");
    private static final Set<String> PEOPLE = Set.of("ownerKey", "userKey");
    private static final Set<String> SERVICES = Set.of("serviceId", "service");

    private HistoryValues() {
    }

    static Object label(String field) {
        return field != null && FIELDS.contains(field) ? Phrase.of(PREFIX + "field." + field) : String.valueOf(field);
    }

    /** Null for no value (the audit writes "null" for an absent id). */
    static Object value(AuditSubject subject, String field, String raw, HistoryNames names) {
        if (raw == null || (SERVICES.contains(field) && raw.equals("null"))) {
            return null;
        }
        if (MONEY.contains(field)) {
            return Phrase.of(PREFIX + "money", raw, names.currency());
        }
        if (SECONDS.contains(field)) {
            Long seconds = parseLong(raw);
            return seconds == null ? raw : Phrase.of(PREFIX + "hours", Hours.format(seconds));
        }
        if (PERCENT.contains(field)) {
            return Phrase.of(PREFIX + "percent", percent(raw));
        }
        if (SWITCHES.contains(field)) {
            return raw.equals("true") ? Phrase.of("client-budgets.yes") : raw.equals("false") ? Phrase.of("client-budgets.no") : raw;
        }
        if (QUOTED.contains(field)) {
            return quoted(raw);
        }
        if (PEOPLE.contains(field)) {
            return names.person(raw);
        }
        if (SERVICES.contains(field)) {
            return service(raw, names);
        }
        if (field.equals("type")) {
            return known(BudgetType.class, raw) ? Phrase.of("client-budgets.type." + raw) : raw;
        }
        if (field.equals("billing")) {
            return known(Billing.class, raw) ? Phrase.of(PREFIX + "billing." + raw) : raw;
        }
        if (field.equals("status")) {
            return status(subject, raw);
        }
        return raw;
    }

    static Phrase quoted(String text) {
        return Phrase.of(PREFIX + "quoted", text);
    }

    /** A line item by its id: its name quoted, or its number when no name is known any more. */
    static Object service(String id, HistoryNames names) {
        Long serviceId = parseLong(id);
        if (serviceId == null) {
            return id;
        }
        return names.service(serviceId).<Object>map(HistoryValues::quoted)
                .orElse(Phrase.of(PREFIX + "service.unknown", String.valueOf(serviceId)));
    }

    /** A budget's state (open, closed) or a reviewed thing's (pending, approved, with a revision, removed). */
    static Object status(AuditSubject subject, String raw) {
        if (subject == AuditSubject.BUDGET) {
            return known(BudgetStatus.class, raw) ? Phrase.of("client-budgets.status." + raw) : raw;
        }
        if (raw.equals("REMOVED")) {
            return Phrase.of(PREFIX + "state.REMOVED");
        }
        int plus = raw.indexOf('+');
        String status = plus < 0 ? raw : raw.substring(0, plus);
        if (!known(ApprovalStatus.class, status)) {
            return raw;
        }
        Phrase words = Phrase.of("client-budgets.entry.status." + status);
        return plus < 0 ? words : Phrase.of(PREFIX + "state.revised", words);
    }

    /** "10.00" reads "10", "12.50" reads "12.5". */
    static String percent(String raw) {
        try {
            return new BigDecimal(raw).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    static Long parseLong(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> boolean known(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(name));
    }
}
