package io.github.clientbudgets.common;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Ids as text (paths, query parameters): ASCII digits only, 1 to a given number of them, or no id at all. Not
 * {@code Long.parseLong}: it also reads other scripts' digits ("١" and the full-width "１" are 1) and a sign. What a
 * caller answers for no id (404, a 400 naming the field, an empty filter) stays the caller's.
 */
public final class Ids {
    /** Any stored id (a long): REST path ids, filters. */
    public static final int MAX_DIGITS = 18;
    /** Budget ids in the portal's and the budget page's paths and the explainer's parameter. */
    public static final int BUDGET_DIGITS = 9;
    private static final Pattern[] PATTERNS = new Pattern[MAX_DIGITS + 1];

    static {
        for (int digits = 1; digits <= MAX_DIGITS; digits++) {
            PATTERNS[digits] = Pattern.compile("[0-9]{1," + digits + "}");
        }
    }

    private Ids() {
    }

    /** @param maxDigits 1 to {@value #MAX_DIGITS} */
    public static OptionalLong parse(String text, int maxDigits) {
        if (maxDigits < 1 || maxDigits > MAX_DIGITS) {
            throw new IllegalArgumentException("maxDigits " + maxDigits);
        }
        return text != null && PATTERNS[maxDigits].matcher(text).matches()
                ? OptionalLong.of(Long.parseLong(text)) : OptionalLong.empty();
    }

    /** An id that names nothing when it isn't one: 404, as for an id nobody may see. */
    public static long orNotFound(String text, int maxDigits) {
        return parse(text, maxDigits).orElseThrow(NotFoundException::new);
    }
}
