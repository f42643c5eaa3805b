package io.github.clientbudgets.common;

/** The request is well formed but clashes with the data (e.g. deleting a budget with time, unconfirmed). */
public class ConflictException extends RuntimeException {
    private final String field;
    private final Message message;

    public ConflictException(String field, String key, Object... args) {
        super(key);
        this.field = field;
        this.message = Message.of(key, args);
    }

    public String field() {
        return field;
    }

    public Message message() {
        return message;
    }
}
