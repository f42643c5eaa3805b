package com.atlassian.servicedesk.api.field;

import java.util.Objects;

/**
 * Stand-in. Source [C]: JSM javadoc 3.9.0 and 10.3.2 ({@code @PublicApi public class FieldId extends Object},
 * "Represents a JIRA Field.getId() instance"): {@code public static FieldId withId(String fieldId)}, {@code public
 * String value()}, equals and hashCode.
 */
public class FieldId {
    private final String value;

    private FieldId(String value) {
        this.value = value;
    }

    public static FieldId withId(String fieldId) {
        return new FieldId(fieldId);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldId other && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
