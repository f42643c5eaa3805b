package io.github.clientbudgets.web.team;

import io.github.clientbudgets.audit.AuditSubject;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.budget.BudgetStatus;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.review.ApprovalStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.Set;

/**
 * How an audited field and its values read in a history sentence: its label, amounts in the budget's currency,
 * seconds as hours, days and months, all in the reader's formats ({@link HistoryNames#formats()}: "€60,000.00",
 * "12.50 h", German "60.000,00 €"); switches as on/off, states and kinds in words, ids as names. User text is quoted,
 * never interpreted.
 */
final class HistoryValues {
    static final String PREFIX = "client-budgets.history.";
    /** Every field an audit row names, with a label in the bundle ({@code client-budgets.history.field.*}). */
    static final Set<String> FIELDS = Set.of("name", "type", "currency", "startDate", "endDate", "totalAmount",
            "totalSeconds", "ownerKey", "status", "approvalRequired", "clientAccess", "showPersonNames",
            "showComments", "showForecast", "alertWarnPercent", "alertCriticalPercent", "deleted", "billing", "budgetedSeconds", "rate",
            "costRate", "isDefault", "serviceId", "service", "date", "description", "amount", "billable",
            "markupPercent", "reason", "clientNote", "month", "userKey", "organizationId", "project", "grantee",
            "digest", "alertThresholds", "alertNotifyClient");
    /** The client digest's frequencies, in words ({@code client-budgets.digest.frequency.*}). */
    private static final Set<String> DIGEST_FREQUENCIES = Set.of("OFF", "MONTHLY", "WEEKLY");
    private static final Set<String> MONEY = Set.of("totalAmount", "rate", "costRate", "amount");
    private static final Set<String> SECONDS = Set.of("totalSeconds", "budgetedSeconds");
    private static final Set<String> PERCENT = Set.of("markupPercent", "alertWarnPercent", "alertCriticalPercent");
    private static final Set<String> DAYS = Set.of("startDate", "endDate", "date");
    /** Switches: a change reads "client access on", not "client access false → true". */
    static final Set<String> SWITCHES = Set.of("approvalRequired", "clientAccess", "showPersonNames", "showComments",
            "showForecast", "isDefault", "billable", "deleted", "alertNotifyClient");
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
            return money(raw, names);
        }
        if (SECONDS.contains(field)) {
            Long seconds = parseLong(raw);
            return seconds == null ? raw : Phrase.of(PREFIX + "hours", names.formats().hours(seconds));
        }
        if (PERCENT.contains(field)) {
            return Phrase.of(PREFIX + "percent", percentNumber(raw, names));
        }
        if (DAYS.contains(field)) {
            return day(raw, names);
        }
        if (field.equals("month")) {
            return month(raw, names);
        }
        if (field.equals("digest") && DIGEST_FREQUENCIES.contains(raw)) {
            return Phrase.of("client-budgets.digest.frequency." + raw);
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

    /** An amount in the budget's currency as the reader reads money ("€600.00", "600,00 €"); the raw text if odd. */
    static String money(String raw, HistoryNames names) {
        BigDecimal amount = decimal(raw);
        Currency currency = currency(names.currency());
        return amount == null || currency == null ? raw : names.formats().money(amount, currency);
    }

    /** A day in the reader's date format; the raw text if it is no ISO day. */
    static String day(String raw, HistoryNames names) {
        try {
            return raw == null ? null : names.formats().date(LocalDate.parse(raw));
        } catch (DateTimeParseException e) {
            return raw;
        }
    }

    /** A month by name in the reader's language ("October 2026"); the raw text if it is no YYYY-MM. */
    static String month(String raw, HistoryNames names) {
        try {
            return raw == null ? null : names.formats().month(YearMonth.parse(raw));
        } catch (DateTimeParseException e) {
            return raw;
        }
    }

    /** A percentage's number as the reader writes numbers, without trailing zeros ("10", "12.5", German "12,5"). */
    static String percentNumber(String raw, HistoryNames names) {
        BigDecimal percent = decimal(raw);
        return percent == null ? raw : names.formats().number(percent.stripTrailingZeros());
    }

    private static BigDecimal decimal(String raw) {
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Currency currency(String code) {
        try {
            return code == null || code.isBlank() ? null : Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
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
