package io.github.clientbudgets.devhost.testing.rest.things;

/** A domain error of the test plugin, turned into an answer by {@link TestErrorMapper}. */
public class TestDomainException extends RuntimeException {
    public TestDomainException(String message) {
        super(message);
    }
}
