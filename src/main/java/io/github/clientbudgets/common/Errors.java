package io.github.clientbudgets.common;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects field errors while a request is checked; the first message per field wins. */
public final class Errors {
    private final Map<String, Message> errors = new LinkedHashMap<>();

    /** @param key an i18n key of the bundle ({@code client-budgets.error.*}) */
    public void add(String field, String key, Object... args) {
        errors.putIfAbsent(field, Message.of(key, args));
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
