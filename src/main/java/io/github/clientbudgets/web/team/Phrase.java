package io.github.clientbudgets.web.team;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text of the i18n bundle with its arguments, put into words only when the user's language is known. An argument
 * is a {@code Phrase} (put into words first), a list of phrases (joined with the bundle's separator) or text, which
 * goes in as it is: a user's text is never read as a pattern, and the page escapes the finished sentence as a whole.
 */
public record Phrase(String key, List<Object> args) {
    /** The key that joins a list of phrases. */
    static final String SEPARATOR = "client-budgets.history.separator";

    public Phrase {
        Objects.requireNonNull(key);
        args = List.copyOf(args);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }

    /** Where texts come from: the bundle's pattern of {@code key} with the arguments put in. */
    public interface Texts {
        String format(String key, String... args);
    }

    public String render(Texts texts) {
        String[] values = new String[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = text(args.get(i), texts);
        }
        return texts.format(key, values);
    }

    private static String text(Object arg, Texts texts) {
        if (arg instanceof Phrase phrase) {
            return phrase.render(texts);
        }
        if (arg instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object part : list) {
                parts.add(text(part, texts));
            }
            return String.join(texts.format(SEPARATOR), parts);
        }
        return String.valueOf(arg);
    }
}
