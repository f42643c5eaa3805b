package io.github.clientbudgets.common;

/** Not there, or not visible to the caller: the two are never told apart. */
public class NotFoundException extends RuntimeException {
    public NotFoundException() {
        super("Not found");
    }
}
