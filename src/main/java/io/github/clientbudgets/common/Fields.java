package io.github.clientbudgets.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** Small parsers shared by the validators; each reports into {@link Errors} under the JSON field name. */
public final class Fields {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private Fields() {
    }

    /** 1 to 255 characters after stripping, one line, as {@link InputPolicy} allows. */
    public static String name(String text, String field, Errors errors) {
        Errors own = new Errors();
        String value = InputPolicy.line(text, field, InputPolicy.LINE_MAX, true, own);
        if (own.has(field)) {
            // the name's own wording for the common cases, the policy's for the characters
            String problem = text == null ? null : InputPolicy.problem(text, false);
            if (problem != null) {
                errors.add(field, problem);
            } else if (text == null || text.isBlank()) {
                errors.add(field, "client-budgets.error.name.required");
            } else {
                errors.add(field, "client-budgets.error.name.long");
            }
        }
        return value;
    }

    /** YYYY-MM-DD, a real day within {@link InputPolicy#MIN_DATE}..{@link InputPolicy#MAX_DATE}. */
    public static LocalDate date(String text, String field, boolean required, Errors errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(field, "client-budgets.error.date.required");
            }
            return null;
        }
        String trimmed = text.strip();
        // four-digit years only: no sign, no "+10000", no "0000-..." slipping through the formatter
        if (!trimmed.matches("\\d{4}-\\d{2}-\\d{2}")) {
            errors.add(field, "client-budgets.error.date");
            return null;
        }
        try {
            return InputPolicy.inRange(LocalDate.parse(trimmed, ISO), field, errors);
        } catch (DateTimeParseException e) {
            errors.add(field, "client-budgets.error.date");
            return null;
        }
    }

    public static <E extends Enum<E>> E choice(String text, Class<E> type, String field, Errors errors) {
        if (text == null || text.isBlank()) {
            errors.add(field, "client-budgets.error.choice.required", java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(field, "client-budgets.error.choice", java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    public static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
