package io.github.clientbudgets.rest;

/** No logged-in user: 401. */
public class NotAuthenticatedException extends RuntimeException {
    public NotAuthenticatedException() {
        super("Log in first.");
    }
}
