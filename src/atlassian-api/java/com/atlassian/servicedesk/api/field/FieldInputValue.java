package com.atlassian.servicedesk.api.field;

import java.util.Objects;

/**
 * Stand-in. Source [C]: JSM javadoc 3.2.0 and 3.9.0 ({@code @PublicApi public class FieldInputValue extends Object},
 * "Represents a value passed in via the API when creating a Request", JSON semantics per field: a String for the
 * summary): {@code public static FieldInputValue withValue(Object value)}, {@code public Object value()}.
 */
public class FieldInputValue {
    private final Object value;

    private FieldInputValue(Object value) {
        this.value = value;
    }

    public static FieldInputValue withValue(Object value) {
        return new FieldInputValue(value);
    }

    public Object value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldInputValue other && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }
}
