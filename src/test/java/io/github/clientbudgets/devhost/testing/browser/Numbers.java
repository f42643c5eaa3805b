package io.github.clientbudgets.devhost.testing.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Figures as pages show them ("12.5 h", "1,234.00 EUR"): the first number in a text. */
final class Numbers {
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:[.,][0-9]+)?");

    private Numbers() {
    }

    static double in(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no number in '" + text + "'");
        }
        return Double.parseDouble(m.group().replace(',', '.'));
    }
}
