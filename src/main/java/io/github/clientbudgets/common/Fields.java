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

    /** 1 to 255 characters after trimming. */
    public static String name(String text, String field, Errors errors) {
        if (text == null || text.trim().isEmpty()) {
            errors.add(field, "client-budgets.error.name.required");
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.length() > 255) {
            errors.add(field, "client-budgets.error.name.long");
            return null;
        }
        if (trimmed.chars().anyMatch(c -> c < 0x20)) {
            errors.add(field, "client-budgets.error.name.control");
            return null;
        }
        return trimmed;
    }

    public static LocalDate date(String text, String field, boolean required, Errors errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(field, "client-budgets.error.date.required");
            }
            return null;
        }
        try {
            return LocalDate.parse(text.trim(), ISO);
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
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(field, "client-budgets.error.choice", java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    public static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
