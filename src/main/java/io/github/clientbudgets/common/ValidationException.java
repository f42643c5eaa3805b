package io.github.clientbudgets.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request the domain refuses, with one message per field (JSON field names). Nothing was written. */
public class ValidationException extends RuntimeException {
    private final Map<String, Message> errors;

    public ValidationException(Map<String, Message> errors) {
        super("Invalid: " + errors);
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static ValidationException of(String field, String key, Object... args) {
        return new ValidationException(Map.of(field, Message.of(key, args)));
    }

    public Map<String, Message> errors() {
        return errors;
    }
}
