package io.github.clientbudgets.common;

import java.time.LocalDate;

/**
 * The one input policy every write path applies (docs/input-policy.md). Text is valid Unicode and visible: no lone
 * surrogates (stored as "?" or refused by the database), no NUL (PostgreSQL refuses 0x00 and the whole write fails),
 * no C0 or C1 control characters or DEL (tab, CR and LF only in multi-line fields), no bidi embedding, override or
 * isolate controls (U+202A–U+202E, U+2066–U+2069: they make "Acme" show as something else in a list), no
 * non-characters (U+FFFE, U+FFFF, U+FDD0–U+FDEF). Lengths are counted in UTF-16 units, never fewer than the database's
 * characters. Dates lie in 1900-01-01..9999-12-31. Plain Java: callers pass field names and collect {@link Errors}.
 */
public final class InputPolicy {
    /** Earliest date accepted: before any agency's books; keeps every year four digits (no "0000", no "-0001"). */
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    /** Latest date accepted: ISO 8601's four-digit years, what YYYY-MM-DD and the 10-character columns can hold. */
    public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);
    /** Names, descriptions, keys: VARCHAR(255) columns. */
    public static final int LINE_MAX = 255;
    /** Reasons and client notes (CLOB columns, bounded by the rules). */
    public static final int TEXT_MAX = 2000;

    private InputPolicy() {
    }

    /** What is wrong with a piece of text, as the i18n key of the message, or null when nothing is. */
    public static String problem(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = text.codePointAt(i);
                    if ((cp & 0xFFFE) == 0xFFFE) {
                        return "client-budgets.error.text.invalid";
                    }
                    i++;
                    continue;
                }
                return "client-budgets.error.text.invalid";
            }
            if (Character.isLowSurrogate(c)) {
                return "client-budgets.error.text.invalid";
            }
            if (c == 0) {
                return "client-budgets.error.text.nul";
            }
            if (c < 0x20) {
                if (multiLine && (c == '\t' || c == '\n' || c == '\r')) {
                    continue;
                }
                return "client-budgets.error.text.control";
            }
            if (c >= 0x7F && c <= 0x9F) {
                return "client-budgets.error.text.control";
            }
            if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                return "client-budgets.error.text.bidi";
            }
            if (c >= 0xFDD0 && c <= 0xFDEF || c == 0xFFFE || c == 0xFFFF) {
                return "client-budgets.error.text.invalid";
            }
        }
        return null;
    }

    /**
     * A one-line text, trimmed, at most {@code max} long; null (blank or absent) when not required. Errors go under
     * {@code field}; the answer is then null.
     */
    public static String line(String text, String field, int max, boolean required, Errors errors) {
        return checked(text, field, max, required, false, errors);
    }

    /** A multi-line text (tab, CR, LF allowed), stripped, at most {@code max} long; blank means none (null). */
    public static String multiLine(String text, String field, int max, Errors errors) {
        return checked(text, field, max, false, true, errors);
    }

    /** A key that names something (user, project, issue): one line, at most 255, checked before any look-up. */
    public static String key(String text, String field, Errors errors) {
        return checked(text, field, LINE_MAX, false, false, errors);
    }

    /** Whether {@code text} passes as a key (for callers that answer 404 rather than 400 on a bad one). */
    public static boolean isKey(String text) {
        return text != null && !text.isBlank() && text.length() <= LINE_MAX && problem(text, false) == null;
    }

    private static String checked(String text, String field, int max, boolean required, boolean multiLine,
                                  Errors errors) {
        // the characters first: strip() must not decide what a NUL or a lone surrogate next to a blank means
        if (text != null) {
            String problem = problem(text, multiLine);
            if (problem != null) {
                errors.add(field, problem);
                return null;
            }
        }
        String value = text == null ? null : text.strip();
        if (value == null || value.isEmpty()) {
            if (required) {
                errors.add(field, "client-budgets.error.required");
            }
            return null;
        }
        if (value.length() > max) {
            errors.add(field, "client-budgets.error.tooLong", max);
            return null;
        }
        return value;
    }

    /** A date within {@link #MIN_DATE}..{@link #MAX_DATE}, or null with an error. */
    public static LocalDate inRange(LocalDate date, String field, Errors errors) {
        if (date == null) {
            return null;
        }
        if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
            errors.add(field, "client-budgets.error.date.range", MIN_DATE.toString(), MAX_DATE.toString());
            return null;
        }
        return date;
    }
}
