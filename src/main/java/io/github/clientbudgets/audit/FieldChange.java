package io.github.clientbudgets.audit;

/** One field of one change: from and to as display text (null = none). */
public record FieldChange(String field, String from, String to) {
}
