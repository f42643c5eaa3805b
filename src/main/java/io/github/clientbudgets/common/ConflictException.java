package io.github.clientbudgets.common;

/** The request is well formed but clashes with the data (e.g. deleting a budget with time, unconfirmed). */
public class ConflictException extends RuntimeException {
    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
