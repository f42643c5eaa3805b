package io.github.clientbudgets.common;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** A user-facing message as an i18n key and its arguments; the edge (REST, pages) turns it into text. */
public record Message(String key, List<String> args) {
    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    public Serializable[] arguments() {
        return args.toArray(new String[0]);
    }

    @Override
    public String toString() {
        return args.isEmpty() ? key : key + args;
    }
}
