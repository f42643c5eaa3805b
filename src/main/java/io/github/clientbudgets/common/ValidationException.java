package io.github.clientbudgets.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request the domain refuses, with one message per field (JSON field names). Nothing was written. */
public class ValidationException extends RuntimeException {
    private final Map<String, String> errors;

    public ValidationException(Map<String, String> errors) {
        super("Invalid: " + errors);
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(Map.of(field, message));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
