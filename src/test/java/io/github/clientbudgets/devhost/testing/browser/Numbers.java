package io.github.clientbudgets.devhost.testing.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures as the pages show them to an English reader (the browser tests' users have the instance's default
 * language): "1,234.50", "€60,000.00". The first number in a text, its grouping commas dropped.
 */
final class Numbers {
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|-?[0-9]+(?:\\.[0-9]+)?");

    private Numbers() {
    }

    static double in(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no number in '" + text + "'");
        }
        return Double.parseDouble(m.group().replace(",", ""));
    }
}
