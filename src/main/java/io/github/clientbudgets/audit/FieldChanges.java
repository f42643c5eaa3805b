package io.github.clientbudgets.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects the fields that differ between two versions of an object, as the audit shows them. */
public final class FieldChanges {
    private final List<FieldChange> changes = new ArrayList<>();

    /** Adds the field if its text differs; amounts read in plain notation ({@code 1200.00}, never {@code 1.2E+3}). */
    public FieldChanges add(String field, Object from, Object to) {
        String f = text(from);
        String t = text(to);
        if (!Objects.equals(f, t)) {
            changes.add(new FieldChange(field, f, t));
        }
        return this;
    }

    /** Adds the field as given, whether it differs or not. */
    public FieldChanges always(String field, String from, String to) {
        changes.add(new FieldChange(field, from, to));
        return this;
    }

    public List<FieldChange> list() {
        return changes;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal amount ? amount.toPlainString() : String.valueOf(value);
    }
}
