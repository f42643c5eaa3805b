package io.github.clientbudgets.common;

/** The caller sees the thing but may not change it (team members only: clients get 404). */
public class ForbiddenException extends RuntimeException {
    private final Message message;

    public ForbiddenException(String key, Object... args) {
        super(key);
        this.message = Message.of(key, args);
    }

    public Message message() {
        return message;
    }
}
