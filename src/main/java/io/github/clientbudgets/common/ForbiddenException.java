package io.github.clientbudgets.common;

/** The caller sees the thing but may not change it (team members only: clients get 404). */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
