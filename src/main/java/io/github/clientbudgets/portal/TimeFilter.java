package io.github.clientbudgets.portal;

import io.github.clientbudgets.common.Errors;
import io.github.clientbudgets.common.Ids;
import io.github.clientbudgets.common.ValidationException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;

/**
 * The client's Time tab filter: a period (inclusive days, either end open), one service or all, and a page.
 * Parsed from request parameters; anything malformed is a 400 naming the field. The service id is ASCII digits only
 * (no sign, no other script's digits), as every id the app reads from text.
 */
public record TimeFilter(LocalDate from, LocalDate to, Long serviceId, int start, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static TimeFilter all() {
        return new TimeFilter(null, null, null, 0, DEFAULT_LIMIT);
    }

    public static TimeFilter parse(String from, String to, String serviceId, String start, String limit) {
        Errors errors = new Errors();
        LocalDate f = date(from, "from", errors);
        LocalDate t = date(to, "to", errors);
        Long service = null;
        if (present(serviceId)) {
            OptionalLong id = Ids.parse(serviceId.trim(), Ids.MAX_DIGITS);
            if (id.isPresent() && id.getAsLong() > 0) {
                service = id.getAsLong();
            } else {
                errors.add("serviceId", "client-budgets.portal.error.service");
            }
        }
        int s = number(start, 0, "start", errors);
        int l = number(limit, DEFAULT_LIMIT, "limit", errors);
        if (l < 1 || l > MAX_LIMIT) {
            errors.add("limit", "client-budgets.portal.error.limit");
        }
        if (f != null && t != null && t.isBefore(f)) {
            errors.add("to", "client-budgets.portal.error.period");
        }
        errors.throwIfAny();
        return new TimeFilter(f, t, service, s, l);
    }

    public TimeFilter page(int newStart, int newLimit) {
        return new TimeFilter(from, to, serviceId, newStart, newLimit);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static LocalDate date(String value, String field, Errors errors) {
        if (!present(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(field, "client-budgets.portal.error.date");
            return null;
        }
    }

    private static int number(String value, int fallback, String field, Errors errors) {
        if (!present(value)) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 0) {
                errors.add(field, "client-budgets.portal.error.number");
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(field, "client-budgets.portal.error.number");
            return fallback;
        }
    }
}
